namespace Msix.Domain.Submissions.Reading;

/// <summary>What a submission file holds, judged from its first bytes.</summary>
internal enum SubmissionFormat
{
    /// <summary>Nothing, or only a byte order mark and white space.</summary>
    Empty,

    /// <summary>Neither a zip nor JSON Lines.</summary>
    Unknown,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>A zip of CSV files.</summary>
    CsvZip,
}
