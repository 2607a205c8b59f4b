namespace Msix.Domain.Submissions.Reading;

/// <summary>How a CSV record was read.</summary>
internal enum CsvRecordStatus
{
    Ok,

    /// <summary>The record is not valid UTF-8; <see cref="CsvRecord.InvalidField"/> names the first bad field.</summary>
    InvalidUtf8,

    /// <summary>The record is longer than the limit; only the fields within the limit are given.</summary>
    TooLong,

    /// <summary>A quoted field is not closed before the end of the file.</summary>
    UnterminatedQuote,

    /// <summary>Something other than a comma or a line break follows a closing quote.</summary>
    TextAfterQuote,
}
