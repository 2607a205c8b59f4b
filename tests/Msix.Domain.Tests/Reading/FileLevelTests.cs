using System.Text;
using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

public sealed class FileLevelTests
{
    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var result = await TestReader.BytesAsync([], TestReader.JsonFileName);

        var error = result.FileError(ErrorCodes.EmptyFile);
        Assert.Equal(TestReader.JsonFileName, error.File);
    }

    [Fact]
    public async Task A_file_of_only_a_byte_order_mark_and_blank_lines_is_empty()
    {
        var result = await TestReader.BytesAsync([0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n', (byte)' ', (byte)'\n'], TestReader.JsonFileName);

        result.FileError(ErrorCodes.EmptyFile);
    }

    [Theory]
    [InlineData("StateStudentId,FirstName\nTX001,José\n", "single CSV file")]
    [InlineData("[{\"action\":\"upsert\"}]", "not a JSON array")]
    [InlineData("%PDF-1.7", "neither a zip")]
    public async Task Content_that_is_neither_a_zip_nor_json_lines_is_an_unknown_format(string content, string hint)
    {
        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(content), "upload.csv");

        var error = result.FileError(ErrorCodes.UnknownFormat);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Equal("unknown", result.Progress.Format);
    }

    [Fact]
    public async Task Utf16_text_is_named_as_such()
    {
        var result = await TestReader.BytesAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Samples.Child())).ToArray(), TestReader.JsonFileName);

        Assert.Contains("UTF-16", result.FileError(ErrorCodes.UnknownFormat).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_format_comes_from_the_content_not_the_name()
    {
        var json = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(Samples.Child()), "submission.zip");
        var zip = await TestReader.BytesAsync(TestReader.Zip(Samples.ChildCsv()), "submission.jsonl");

        Assert.Equal("jsonl", json.Progress.Format);
        json.Single();
        Assert.Equal("csv-zip", zip.Progress.Format);
        zip.Single();
    }

    [Fact]
    public async Task A_file_error_found_late_still_yields_nothing()
    {
        // Valid children in students.csv, then a header error in the last file: no child may come out.
        var result = await TestReader.ZipAsync(Samples.ChildCsv(assessments: "StateStudentId,AssessmentTitle\nTX001,STAAR\n"));

        Assert.True(result.HasFileError);
        Assert.Empty(result.Children);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.CsvHeader, e.Code));
    }
}
