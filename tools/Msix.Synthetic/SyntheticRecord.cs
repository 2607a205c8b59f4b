using Msix.Domain.Mde;

namespace Msix.Synthetic;

/// <summary>One State's record of one true child.</summary>
public sealed record SyntheticRecord(string State, string TruthId, ChildRecord Record)
{
    public TruthEntry Truth => new(State, Record.StateStudentId, TruthId);
}
