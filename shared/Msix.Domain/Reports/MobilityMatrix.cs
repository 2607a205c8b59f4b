namespace Msix.Domain.Reports;

/// <summary>
/// Interstate moves in one period as a from-State by to-State matrix, held as its non-empty cells. A move is two
/// consecutive enrolments of a child (all States' enrolments ordered by enrolment date, then State code) in
/// different States, the later one starting in the period.
/// </summary>
/// <param name="Moves">Every non-empty cell, by count descending, then from-State, then to-State (ordinal).</param>
public sealed record MobilityMatrix(string Period, IReadOnlyList<Corridor> Moves)
{
    /// <summary>All moves of the period.</summary>
    public int Total => Moves.Sum(m => m.Moves);

    /// <summary>The moves from one State to another; 0 when there are none.</summary>
    public int this[string fromState, string toState] =>
        Moves.FirstOrDefault(m => string.Equals(m.FromState, fromState, StringComparison.Ordinal) && string.Equals(m.ToState, toState, StringComparison.Ordinal))?.Moves ?? 0;

    /// <summary>The <paramref name="count"/> busiest corridors (count descending, then State codes).</summary>
    public IReadOnlyList<Corridor> TopCorridors(int count) => [.. Moves.Take(Math.Max(0, count))];

    /// <summary>The moves into and out of one State.</summary>
    public MobilityMatrix ForState(string state) => this with
    {
        Moves = [.. Moves.Where(m => string.Equals(m.FromState, state, StringComparison.Ordinal) || string.Equals(m.ToState, state, StringComparison.Ordinal))],
    };
}

/// <summary>Moves from <paramref name="FromState"/> to <paramref name="ToState"/>.</summary>
public sealed record Corridor(string FromState, string ToState, int Moves);
