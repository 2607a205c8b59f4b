namespace Msix.Domain.Mde;

/// <summary>MDE qualifying move: the move that made the child eligible for the Migrant Education Program.</summary>
public sealed record QualifyingMove(
    DateOnly QualifyingArrivalDate,
    string? QualifyingMoveFromCity,
    string? QualifyingMoveFromState,
    string? QualifyingMoveFromCountry,
    string? QualifyingMoveToCity,
    string QualifyingMoveToState,
    DateOnly? EligibilityExpirationDate,
    bool PriorityForServices,
    ContinuationOfServicesReason? ContinuationOfServicesReason);
