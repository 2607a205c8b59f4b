namespace Msix.Domain.Submissions;

/// <summary>The two files of a receipt.</summary>
public enum ReceiptFile
{
    /// <summary>receipts/TX/&lt;submission id&gt;.json</summary>
    Json,

    /// <summary>receipts/TX/&lt;submission id&gt;.errors.csv, for a spreadsheet.</summary>
    ErrorsCsv,
}
