namespace Msix.Domain.Submissions.Reading;

/// <summary>What every bucket's assembly shares: the spool, the names of the files rows came from, where errors and counts go, and the time of reading.</summary>
internal sealed record ReadContext(
    Spool Spool,
    IReadOnlyList<string> Files,
    SubmissionErrorLog Log,
    ReadProgress Progress,
    DateTimeOffset Now,
    int MaxChildBytes);
