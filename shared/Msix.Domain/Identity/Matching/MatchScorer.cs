using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Scores pairs of records in the Fellegi-Sunter manner: the match weight is log2 of the prior odds plus, for
/// each comparison, log2(m / u) of the pair's level; at a term-frequency level u is the agreeing value's
/// frequency. Missing values weigh nothing. Thread-safe.
/// </summary>
public sealed class MatchScorer
{
    private readonly ComparisonSet _comparisons;
    private readonly double[][] _weights;
    private readonly double[][] _m;
    private readonly TermFrequencyTable?[][] _terms;


    public MatchScorer(ComparisonSet comparisons, MatchModel model)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Comparisons.Count != comparisons.Count)
        {
            throw new ArgumentException($"The model has {model.Comparisons.Count} comparisons; the matcher has {comparisons.Count}.", nameof(model));
        }

        _comparisons = comparisons;
        Model = model;
        PriorWeight = Math.Log2(model.Prior / (1 - model.Prior));
        _weights = new double[comparisons.Count][];
        _m = new double[comparisons.Count][];
        _terms = new TermFrequencyTable?[comparisons.Count][];
        for (var i = 0; i < comparisons.Count; i++)
        {
            var comparison = comparisons.Comparisons[i];
            var parameters = model.Comparisons[i];
            if (parameters.Name != comparison.Name || parameters.Levels.Count != comparison.Levels.Count)
            {
                throw new ArgumentException($"The model's comparison {i} ({parameters.Name}) does not fit the matcher's ({comparison.Name}).", nameof(model));
            }

            _weights[i] = [.. parameters.Levels.Select((l, level) => comparison.Levels[level].IsNull ? 0 : Math.Log2(l.M / l.U))];
            _m[i] = [.. parameters.Levels.Select(l => l.M)];
            _terms[i] = [.. parameters.Levels.Select((l, level) => comparison.Levels[level].TermFrequency ? l.Terms : null)];
        }

        Order = [.. Enumerable.Range(0, comparisons.Count).OrderBy(i => comparisons.Comparisons[i].Cost)];
    }

    /// <summary>The comparisons a pair is weighed by.</summary>
    public ComparisonSet Comparisons => _comparisons;

    /// <summary>The comparisons' indexes, cheapest first: the order in which <see cref="RecordScorer"/> runs them.</summary>
    internal int[] Order { get; }

    /// <summary>The model the weights come from.</summary>
    public MatchModel Model { get; }

    /// <summary>log2 of the prior odds.</summary>
    public double PriorWeight { get; }

    /// <summary>The match weight of a pair (bits).</summary>
    public double Weigh(MatchRecord a, MatchRecord b)
    {
        Span<byte> levels = stackalloc byte[_comparisons.Count];
        _comparisons.Compare(a, b, levels);
        return Weigh(a, levels);
    }

    /// <summary>
    /// The match weight of a pair when it is at least <paramref name="floor"/> (the same as <see cref="Weigh(MatchRecord, MatchRecord)"/>);
    /// otherwise some value below <paramref name="floor"/>. To weigh one record against many, use <see cref="For"/> once.
    /// </summary>
    public double WeighAtLeast(MatchRecord a, MatchRecord b, double floor) => For(a).WeighAtLeast(b, floor);

    /// <summary>A scorer of <paramref name="record"/> against others, with the weights that depend on the record alone worked out once.</summary>
    public RecordScorer For(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var weights = new double[_weights.Length][];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = new double[_weights[i].Length];
            for (var level = 0; level < weights[i].Length; level++)
            {
                weights[i][level] = WeightOf(i, level, record);
            }
        }

        return new RecordScorer(this, record, weights);
    }

    /// <summary>The match weight of a pair whose levels are already known (bits).</summary>
    public double Weigh(MatchRecord a, ReadOnlySpan<byte> levels)
    {
        var weight = PriorWeight;
        for (var i = 0; i < levels.Length; i++)
        {
            weight += WeightOf(i, levels[i], a);
        }

        return weight;
    }

    /// <summary>The full evidence for a pair.</summary>
    public MatchEvidence Explain(MatchRecord a, MatchRecord b)
    {
        Span<byte> levels = stackalloc byte[_comparisons.Count];
        _comparisons.Compare(a, b, levels);
        var fields = new FieldEvidence[levels.Length];
        var weight = PriorWeight;
        for (var i = 0; i < levels.Length; i++)
        {
            var w = WeightOf(i, levels[i], a);
            weight += w;
            var comparison = _comparisons.Comparisons[i];
            fields[i] = new FieldEvidence(comparison.Name, levels[i], comparison.Levels[levels[i]].Name, Math.Round(w, 3));
        }

        return new MatchEvidence(fields, Math.Round(PriorWeight, 3), Math.Round(weight, 3), ProbabilityOf(weight), Model.Version);
    }

    /// <summary>The probability that a match weight stands for.</summary>
    public static double ProbabilityOf(double weight) => 1 / (1 + Math.Pow(2, -weight));

    /// <summary>The match weight of a probability.</summary>
    public static double WeightOf(double probability) => Math.Log2(probability / (1 - probability));

    private double WeightOf(int comparison, int level, MatchRecord a)
    {
        var terms = _terms[comparison][level];
        if (terms is null)
        {
            return _weights[comparison][level];
        }

        // The pair agrees, so the value is the same on both sides.
        var value = _comparisons.Comparisons[comparison].TermOf(a, level);
        return value.Length == 0 ? _weights[comparison][level] : Math.Log2(_m[comparison][level] / terms.Of(value));
    }
}
