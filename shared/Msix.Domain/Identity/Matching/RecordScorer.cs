namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Weighs one record against many (its candidates), with what depends on that record alone worked out once:
/// the weight of each level of each comparison (at a term-frequency level, the frequency of the record's own
/// value, since an agreeing pair holds the same value on both sides), and from those the most the comparisons
/// still to run can add. A pair whose weight so far plus that most stays below the floor is let go at once.
/// Made by <see cref="MatchScorer.For"/>; thread-safe.
/// </summary>
public sealed class RecordScorer
{
    private readonly MatchScorer _scorer;

    /// <summary>The weight of each level of each comparison, for this record.</summary>
    private readonly double[][] _weights;

    /// <summary>The most the comparisons from position k of the scorer's order on can add, for this record.</summary>
    private readonly double[] _mostFrom;

    internal RecordScorer(MatchScorer scorer, MatchRecord record, double[][] weights)
    {
        _scorer = scorer;
        Record = record;
        _weights = weights;
        var order = scorer.Order;
        _mostFrom = new double[order.Length + 1];
        for (var k = order.Length - 1; k >= 0; k--)
        {
            _mostFrom[k] = _mostFrom[k + 1] + weights[order[k]].Max();
        }
    }

    /// <summary>The record weighed against the others.</summary>
    public MatchRecord Record { get; }

    /// <summary>
    /// The match weight of the pair with <paramref name="other"/> when it is at least <paramref name="floor"/>
    /// (the same as <see cref="MatchScorer.Weigh(MatchRecord, MatchRecord)"/>); otherwise some value below it.
    /// The comparisons run cheapest first.
    /// </summary>
    public double WeighAtLeast(MatchRecord other, double floor)
    {
        ArgumentNullException.ThrowIfNull(other);
        var comparisons = _scorer.Comparisons.Comparisons;
        var order = _scorer.Order;
        Span<double> weights = stackalloc double[order.Length];
        var sum = _scorer.PriorWeight;
        for (var k = 0; k < order.Length; k++)
        {
            if (sum + _mostFrom[k] < floor)
            {
                return double.NegativeInfinity;
            }

            var i = order[k];
            weights[i] = _weights[i][comparisons[i].LevelOf(Record, other)];
            sum += weights[i];
        }

        // Added again in the comparisons' own order, so the weight is exactly Weigh's.
        var weight = _scorer.PriorWeight;
        for (var i = 0; i < weights.Length; i++)
        {
            weight += weights[i];
        }

        return weight;
    }
}
