namespace Msix.Domain.Reports;

/// <summary>
/// The unduplicated count of one performance period: each child (MSIX ID) enrolled at least one day of the
/// period counts once in <see cref="Nation"/>, once in each State where it was enrolled (so <see cref="ByState"/>
/// may sum to more than the nation), once in its age band and once in its grade level.
/// </summary>
/// <param name="Period">"2025-2026".</param>
/// <param name="Nation">Children enrolled at least one day of the period, in any State.</param>
/// <param name="ByState">Per State, in ordinal order of the State code.</param>
/// <param name="ByAgeBand">Per age band (age on 1 September of the period), in band order, every band listed.</param>
/// <param name="ByGradeLevel">Per MDE grade level code of the child's latest enrolment in the period, in code set order; only grades with children.</param>
public sealed record UnduplicatedCounts(
    string Period,
    int Nation,
    IReadOnlyList<StateCount> ByState,
    IReadOnlyList<AgeBandCount> ByAgeBand,
    IReadOnlyList<GradeLevelCount> ByGradeLevel)
{
    /// <summary>Each State's children by age band and grade level (the grade of the child's latest enrolment in that State), in ordinal order of the State code.</summary>
    public IReadOnlyList<StateBreakdown> States { get; init; } = [];

    /// <summary>
    /// The count as one State sees it: its children (as <see cref="Nation"/> and its one <see cref="ByState"/> row),
    /// by age band and by the grade of their latest enrolment in the State. Empty counts for a State with none.
    /// </summary>
    public UnduplicatedCounts ForState(string state)
    {
        var children = ByState.FirstOrDefault(s => string.Equals(s.State, state, StringComparison.Ordinal))?.Children ?? 0;
        var breakdown = States.FirstOrDefault(s => string.Equals(s.State, state, StringComparison.Ordinal));
        return new UnduplicatedCounts(
            Period,
            children,
            children == 0 ? [] : [new StateCount(state, children)],
            breakdown?.ByAgeBand ?? [.. ByAgeBand.Select(b => b with { Children = 0 })],
            breakdown?.ByGradeLevel ?? [])
        {
            States = breakdown is null ? [] : [breakdown],
        };
    }
}

/// <summary>One State's children by age band (every band listed) and grade level (only grades with children).</summary>
public sealed record StateBreakdown(string State, IReadOnlyList<AgeBandCount> ByAgeBand, IReadOnlyList<GradeLevelCount> ByGradeLevel);

/// <summary>Children counted in one State.</summary>
public sealed record StateCount(string State, int Children);

/// <summary>Children in one age band; <paramref name="Band"/> is "0-2", …, "22+" or "Unknown".</summary>
public sealed record AgeBandCount(string Band, int Children);

/// <summary>Children in one grade level; <paramref name="GradeLevel"/> is the MDE code ("KG", "09", …).</summary>
public sealed record GradeLevelCount(string GradeLevel, int Children);
