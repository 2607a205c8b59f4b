using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Support;

/// <summary>Receipts kept in memory, as bytes, for tests to read back the way the API would.</summary>
internal sealed class InMemoryReceiptStore : IReceiptStore
{
    private readonly ConcurrentDictionary<(string State, string SubmissionId, ReceiptFile File), byte[]> _files = new();
    private int _saves;

    /// <summary>How many receipt files were written, over all submissions.</summary>
    public int Saves => Volatile.Read(ref _saves);

    /// <summary>The submissions that have a receipt file, as (State, submission ID).</summary>
    public IReadOnlyCollection<(string State, string SubmissionId)> Submissions =>
        [.. _files.Keys.Select(k => (k.State, k.SubmissionId)).Distinct()];

    public async Task SaveAsync(string state, string submissionId, ReceiptFile file, Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        _files[(state, submissionId, file)] = copy.ToArray();
        Interlocked.Increment(ref _saves);
    }

    public Task<Stream?> OpenAsync(string state, string submissionId, ReceiptFile file, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(_files.TryGetValue((state, submissionId, file), out var bytes) ? new MemoryStream(bytes, writable: false) : null);

    public Task<IReadOnlyList<ReceiptListing>> ListAsync(string state, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReceiptListing>>([.. _files.Keys
            .Where(k => k.State == state && k.File == ReceiptFile.Json)
            .Select(k => new ReceiptListing(k.SubmissionId, DateTimeOffset.MinValue))
            .OrderBy(l => l.SubmissionId, StringComparer.Ordinal)
            .Take(max)]);

    /// <summary>The stored JSON receipt, read back; fails the test when there is none.</summary>
    public Receipt Receipt(string state, string submissionId)
    {
        Assert.True(_files.TryGetValue((state, submissionId, ReceiptFile.Json), out var bytes), $"No receipt for {state} {submissionId}.");
        return JsonSerializer.Deserialize<Receipt>(bytes, MsixJson.Options)!;
    }

    /// <summary>The stored errors CSV as text (its byte order mark removed); fails the test when there is none.</summary>
    public string ErrorsCsv(string state, string submissionId)
    {
        Assert.True(_files.TryGetValue((state, submissionId, ReceiptFile.ErrorsCsv), out var bytes), $"No errors CSV for {state} {submissionId}.");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');
    }
}
