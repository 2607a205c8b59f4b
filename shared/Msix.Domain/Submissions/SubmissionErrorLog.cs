using Msix.Domain.Reports.Quality;

namespace Msix.Domain.Submissions;

/// <summary>
/// Collects a submission's errors, keeping at most a receipt's worth of them in memory and counting the
/// rest, so a file of a million bad rows still has a bounded receipt. Safe to add to from several threads.
/// </summary>
public sealed class SubmissionErrorLog(int maxErrors)
{
    private readonly List<SubmissionError> _errors = [];
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _countByCode = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    /// <summary>True when there were more errors than a receipt lists.</summary>
    public bool Truncated => Count > _errors.Count;

    /// <summary>True when an error concerns the whole file, which rejects the submission.</summary>
    public bool HasFileError { get; private set; }

    public void Add(SubmissionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_lock)
        {
            Count++;
            _countByCode[error.Code] = _countByCode.GetValueOrDefault(error.Code) + 1;
            HasFileError |= error.Row == 0;
            if (_errors.Count < maxErrors)
            {
                _errors.Add(error);
            }
        }
    }

    /// <summary>How many errors of each code, listed or not, for logs (codes and counts carry no personal data).</summary>
    public IReadOnlyDictionary<string, long> CountByCode
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, long>(_countByCode, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>
    /// How many errors of each code, listed or not, most frequent first then by code (ordinal): what the
    /// submission's document keeps for the data-quality report.
    /// </summary>
    public IReadOnlyList<ErrorCodeCount> ErrorCodes
    {
        get
        {
            lock (_lock)
            {
                return [.. _countByCode
                    .OrderByDescending(c => c.Value)
                    .ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new ErrorCodeCount(c.Key, c.Value))];
            }
        }
    }

    /// <summary>The listed errors in file and row order.</summary>
    public IReadOnlyList<SubmissionError> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Row)];
            }
        }
    }
}
