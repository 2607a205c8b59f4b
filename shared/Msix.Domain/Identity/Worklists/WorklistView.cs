namespace Msix.Domain.Identity.Worklists;

/// <summary>A State's open work, each item with its age and whether it has escalated.</summary>
/// <param name="State">The State.</param>
/// <param name="NearMatches">Its open near matches, oldest first.</param>
/// <param name="Changes">Its merges and splits waiting for a second administrator, oldest first.</param>
public sealed record WorklistView(string State, IReadOnlyList<AgedItem<NearMatchItem>> NearMatches, IReadOnlyList<AgedItem<IdentityChange>> Changes);

/// <summary>A worklist entry with its age.</summary>
/// <param name="Item">The entry.</param>
/// <param name="AgeDays">Whole days since it was created.</param>
/// <param name="Escalated">Not worked within the configured days.</param>
public sealed record AgedItem<T>(T Item, int AgeDays, bool Escalated);
