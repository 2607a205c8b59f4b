namespace Msix.Domain.Submissions.Reading;

/// <summary>Receives the lines of a JSON Lines file from <see cref="LineReader"/>.</summary>
internal interface ILineSink
{
    /// <summary>A non-blank line without its line break; <paramref name="validUtf8"/> is false when it is not valid UTF-8.</summary>
    void OnLine(long lineNumber, ReadOnlySpan<byte> line, bool validUtf8);

    /// <summary>A line longer than the limit: <paramref name="head"/> is its first bytes; the rest was skipped unread.</summary>
    void OnLineTooLong(long lineNumber, ReadOnlySpan<byte> head);

    /// <summary>Called between reads, where the sink may do its own asynchronous work.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
