using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;
using Msix.Domain.Tests.Reading;

namespace Msix.Domain.Tests.Support;

/// <summary>
/// A <see cref="SubmissionIngestor"/> on in-memory stores, a recording message sender and a fixed clock, with
/// its temporary files in a folder of its own that must be empty again after every ingest.
/// </summary>
internal sealed class IngestTestbed : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("msix-ingest-test-");

    /// <param name="messages">Replaces the recording sender (it may wrap <see cref="Messages"/>).</param>
    /// <param name="contributions">Replaces the contribution store the writer uses (it may wrap <see cref="Contributions"/>).</param>
    /// <param name="submissions">Replaces the submission store the ingestor uses (it may wrap <see cref="Submissions"/>).</param>
    public IngestTestbed(
        Func<IngestTestbed, IMessageSender>? messages = null,
        Func<IngestTestbed, IDocumentStore<ContributionDocument>>? contributions = null,
        Func<IngestTestbed, IDocumentStore<SubmissionDocument>>? submissions = null,
        Action<SubmissionLimits>? configure = null)
    {
        Limits = new SubmissionLimits { WorkDirectory = _work.FullName, StoreParallelism = 4 };
        configure?.Invoke(Limits);
        var time = new FixedTime(TestReader.Now);
        var writer = new ContributionWriter(contributions?.Invoke(this) ?? Contributions, messages?.Invoke(this) ?? Messages, time);
        Ingestor = new SubmissionIngestor(
            new SubmissionReader(Limits, time),
            writer,
            submissions?.Invoke(this) ?? Submissions,
            Receipts,
            Options.Create(Limits),
            time,
            NullLogger<SubmissionIngestor>.Instance);
    }

    public SubmissionLimits Limits { get; }

    public InMemoryDocumentStore<ContributionDocument> Contributions { get; } = new();

    public InMemoryDocumentStore<SubmissionDocument> Submissions { get; } = new();

    public InMemoryReceiptStore Receipts { get; } = new();

    public RecordingMessageSender Messages { get; } = new();

    public SubmissionIngestor Ingestor { get; }

    /// <summary>The consolidation requests sent so far, in order.</summary>
    public IReadOnlyList<ConsolidationRequest> Requests =>
        [.. Messages.Sent.Select(m =>
        {
            Assert.Equal(QueueNames.Consolidate, m.Queue);
            return Assert.IsType<ConsolidationRequest>(m.Message);
        })];

    /// <summary>Ingests <paramref name="content"/> as if dropped at dropzone/{state}/{fileName}.</summary>
    public async Task<Receipt> IngestAsync(string state, string fileName, byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return await Ingestor.IngestAsync(state, $"{state}/{fileName}", stream, TestContext.Current.CancellationToken);
        }
        finally
        {
            Assert.Empty(_work.EnumerateFileSystemInfos());
        }
    }

    /// <summary>Every contribution with its version, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ContributionETagsAsync()
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in Contributions.All.Select(c => c.Id))
        {
            etags[id] = (await Contributions.ReadAsync(id, TestContext.Current.CancellationToken))!.ETag;
        }

        return etags;
    }

    public async Task<ContributionDocument?> ContributionAsync(string state, string stateStudentId) =>
        (await Contributions.ReadAsync(ContributionDocument.IdOf(state, stateStudentId), TestContext.Current.CancellationToken))?.Document;

    public async Task<SubmissionDocument?> SubmissionAsync(string state, string submissionId) =>
        (await Submissions.ReadAsync(SubmissionDocument.IdOf(state, submissionId), TestContext.Current.CancellationToken))?.Document;

    public void Dispose() => _work.Delete(recursive: true);
}
