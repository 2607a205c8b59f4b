using System.IO.Compression;
using System.Text;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Csv;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;

namespace Msix.Domain.Tests.Writing;

public sealed class CsvZipSubmissionWriterTests : IDisposable
{
    private static readonly DateTimeOffset EntryTime = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _workDirectory = Directory.CreateTempSubdirectory("msix-zip-test-").FullName;

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task The_zip_holds_every_csv_file_at_its_root_with_the_schemas_header()
    {
        var files = await WriteAsync(WriterSamples.Full(), WriterSamples.Minimal(), WriterSamples.Delete());

        Assert.Equal(SubmissionSchema.CsvFiles.Select(s => s.CsvFileName), files.Keys);
        foreach (var section in SubmissionSchema.CsvFiles)
        {
            var header = files[section.CsvFileName].Split("\r\n")[0];
            Assert.Equal(string.Join(',', SubmissionSchema.CsvColumns(section).Select(c => c.Name)), header);
        }
    }

    [Fact]
    public async Task Each_record_gives_its_rows_to_each_file()
    {
        var files = await WriteAsync(WriterSamples.Full(), WriterSamples.Minimal(), WriterSamples.Delete());

        int Rows(string file) => files[file].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal(3, Rows("students.csv"));
        Assert.Equal(2, Rows("moves.csv"));
        Assert.Equal(2, Rows("enrollments.csv"));
        Assert.Equal(1, Rows("health.csv"));
        Assert.Equal(1, Rows("courses.csv"));
        Assert.Equal(1, Rows("assessments.csv"));
        var delete = files["students.csv"].Split("\r\n")[3].Split(',');
        Assert.Equal(["delete", SubmissionFieldText.Timestamp(WriterSamples.AsOf), "TX000000002"], delete[..3]);
        Assert.All(delete[3..], Assert.Empty);
    }

    [Fact]
    public async Task Rows_are_the_field_texts_quoted_by_RFC_4180_with_accents_unchanged()
    {
        var record = WriterSamples.Full();
        var files = await WriteAsync(record);

        var expectedStudent = string.Join(',', SubmissionSchema.Student.Fields.Select(f => CsvText.Quote(SubmissionFieldText.Of(record, f))));
        Assert.Equal(expectedStudent, files["students.csv"].Split("\r\n")[1]);
        Assert.Contains(",Núñez,\"Peña, \"\"la\"\" Güera\",", files["students.csv"], StringComparison.Ordinal);
        Assert.Equal("TX000123456,480004012345,Weslaco East High School,2025-08-25,Chronic,Y", files["health.csv"].Split("\r\n")[1]);
        Assert.StartsWith("TX000123456,Algebra I,Mathematics,Regular,A,0828,2025-2026,", files["courses.csv"].Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_are_utf8_without_a_byte_order_mark()
    {
        using var output = new MemoryStream();
        await CsvZipSubmissionWriter.WriteAllAsync([WriterSamples.Full()], output, TestContext.Current.CancellationToken, EntryTime, _workDirectory);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            Assert.NotEqual(0xEF, stream.ReadByte());
            Assert.Equal(EntryTime, entry.LastWriteTime);
        }
    }

    [Fact]
    public async Task The_same_records_and_entry_time_give_the_same_bytes()
    {
        ChildRecord[] records = [WriterSamples.Full(), WriterSamples.Minimal()];
        Assert.Equal(await ZipBytesAsync(records), await ZipBytesAsync(records));
    }

    [Fact]
    public async Task Temporary_section_files_are_removed_once_the_writer_is_disposed()
    {
        await using (var writer = new CsvZipSubmissionWriter(new MemoryStream(), false, EntryTime, _workDirectory))
        {
            await writer.WriteAsync(WriterSamples.Full(), TestContext.Current.CancellationToken);
            Assert.Equal(SubmissionSchema.CsvFiles.Count, Directory.GetFiles(_workDirectory).Length);
        }

        Assert.Empty(Directory.GetFiles(_workDirectory));
    }

    [Fact]
    public async Task Nothing_can_be_written_after_the_zip_is_complete()
    {
        await using var writer = new CsvZipSubmissionWriter(new MemoryStream(), false, EntryTime, _workDirectory);
        await writer.CompleteAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await writer.WriteAsync(WriterSamples.Full(), TestContext.Current.CancellationToken));
    }

    private async Task<byte[]> ZipBytesAsync(IEnumerable<ChildRecord> records)
    {
        using var output = new MemoryStream();
        await CsvZipSubmissionWriter.WriteAllAsync(records, output, TestContext.Current.CancellationToken, EntryTime, _workDirectory);
        return output.ToArray();
    }

    /// <summary>The zip's files by name, in the zip's order.</summary>
    private async Task<OrderedDictionary<string, string>> WriteAsync(params ChildRecord[] records)
    {
        using var zip = new ZipArchive(new MemoryStream(await ZipBytesAsync(records)), ZipArchiveMode.Read);
        var files = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files.Add(entry.FullName, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        return files;
    }
}
