using System.Text;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Receipts;
using Msix.Domain.Tests.Reading;

namespace Msix.Domain.Tests.Receipts;

/// <summary>A value that looks like a formula travels from a submission into a receipt's CSV without being run.</summary>
public sealed class ReceiptFromReadingTests
{
    [Fact]
    public async Task A_formula_in_a_bad_value_is_kept_in_the_error_and_neutralised_in_the_csv()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["sex"] = "=1+2"));
        var error = result.Rejected(ErrorCodes.InvalidCode);
        Assert.Equal("=1+2", error.Value);
        var receipt = new Receipt("id", "TX", ReceiptStatus.Rejected, "jsonl", [], TestReader.Now, TestReader.Now, 0,
            new ReceiptCounts(1, 0, 1, 0, 0, 0, 0, 1, 1), 1, false, result.Errors);
        using var csv = new MemoryStream();

        await ReceiptWriter.WriteErrorsCsvAsync(receipt, csv, TestContext.Current.CancellationToken);

        var row = Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n")[1];
        Assert.EndsWith(",'=1+2", row, StringComparison.Ordinal);
        Assert.StartsWith($"{TestReader.JsonFileName},1,sex,INVALID_CODE,", row, StringComparison.Ordinal);
    }
}
