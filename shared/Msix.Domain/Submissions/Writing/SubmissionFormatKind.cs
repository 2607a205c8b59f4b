namespace Msix.Domain.Submissions.Writing;

/// <summary>The two submission formats a State may upload.</summary>
public enum SubmissionFormatKind
{
    /// <summary>JSON Lines (.jsonl): one child per line.</summary>
    JsonLines,

    /// <summary>A zip of CSV files (.zip): one file per section, joined on StateStudentId.</summary>
    CsvZip,
}
