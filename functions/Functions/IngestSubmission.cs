using Microsoft.Azure.Functions.Worker;
using Msix.Adapters;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Functions.Functions;

/// <summary>A file lands in a State's drop-zone folder: read, validate and store it, and write its receipt.</summary>
public sealed class IngestSubmission(SubmissionIngestor ingestor)
{
    [Function(nameof(IngestSubmission))]
    public Task RunAsync(
        [BlobTrigger(BlobContainerNames.DropZoneTriggerPath, Source = BlobTriggerSource.EventGrid, Connection = ConnectionNames.Storage)] Stream content,
        string state,
        string name,
        CancellationToken cancellationToken) =>
        ingestor.IngestAsync(state, $"{state}/{name}", content, cancellationToken);
}
