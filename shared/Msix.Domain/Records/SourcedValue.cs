namespace Msix.Domain.Records;

/// <summary>
/// One demographic value of the consolidated record: the value from the most recent State record that has
/// it, with that State and date, and the different values other States hold.
/// </summary>
/// <param name="Value">The value, as the State sent it.</param>
/// <param name="State">The State whose record gave the value.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="Disagreements">
/// Every other State record that holds a different value, most recent first; empty when all agree. Values
/// that differ only in letter case or surrounding spaces agree; a record without the value does not disagree.
/// </param>
public sealed record SourcedValue<T>(T Value, string State, DateTimeOffset AsOf, IReadOnlyList<StateValue<T>> Disagreements)
    where T : notnull
{
    /// <summary>The first of <paramref name="held"/> (most recent first), with the others that differ from it.</summary>
    internal static SourcedValue<T>? Pick(IEnumerable<StateValue<T>> held, Func<T, T, bool> same)
    {
        var values = held.ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var shown = values[0];
        return new SourcedValue<T>(shown.Value, shown.State, shown.AsOf, [.. values.Skip(1).Where(v => !same(v.Value, shown.Value))]);
    }
}

/// <summary>A value as one State's record holds it.</summary>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
public sealed record StateValue<T>(T Value, string State, DateTimeOffset AsOf)
    where T : notnull;
