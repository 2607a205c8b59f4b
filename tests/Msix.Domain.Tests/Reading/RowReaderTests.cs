using System.Text;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain.Tests.Reading;

/// <summary>The byte-level line and CSV readers, fed a byte at a time as well as all at once.</summary>
public sealed class RowReaderTests
{
    private const string Csv =
        "\uFEFFa,b,c\r\n" +
        "1,\"two, \"\"quoted\"\"\",3\r\n" +
        "\r\n" +
        "\"multi\nline\",,\"x\"\n" +
        "4,5,6\r" + "\n" +
        "é,ñ,\"\"\n" +
        "last,row,no newline";

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    public async Task Csv_records_are_the_same_however_the_bytes_arrive(int bytesPerRead)
    {
        var sink = new CsvCollector();

        var lines = await new CsvRecordReader(1024).ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(Csv), bytesPerRead), sink, TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "1:Ok:a|b|c",
            "2:Ok:1|two, \"quoted\"|3",
            "4:Ok:multi\nline||x",
            "6:Ok:4|5|6",
            "7:Ok:é|ñ|",
            "8:Ok:last|row|no newline",
        ], sink.Records);
        Assert.Equal(7, lines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1 << 20)]
    public async Task A_csv_record_longer_than_the_limit_keeps_its_first_fields_and_the_next_record_is_read(int bytesPerRead)
    {
        var csv = "key,\"" + new string('x', 3000) + "\n,still quoted\",z\nnext,1,2\n";
        var sink = new CsvCollector();

        await new CsvRecordReader(1024).ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(csv), bytesPerRead), sink, TestContext.Current.CancellationToken);

        Assert.Equal(["1:TooLong:key", "3:Ok:next|1|2"], sink.Records);
    }

    [Fact]
    public async Task Malformed_csv_records_say_why()
    {
        var csv = "a,\"b\"c,d\nok,1,2\nx,\"never closed\n";
        var sink = new CsvCollector();

        await new CsvRecordReader(1024).ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), sink, TestContext.Current.CancellationToken);

        Assert.Equal(["1:TextAfterQuote:a|b", "2:Ok:ok|1|2", "3:UnterminatedQuote:x|never closed\n"], sink.Records);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public async Task Lines_are_the_same_however_the_bytes_arrive(int bytesPerRead)
    {
        var text = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"a\":1}\r\n\r\n  \n{\"b\":\"ñ\"}\n" + new string('z', 2000) + "\n{\"c\":3}")).ToArray();
        var sink = new LineCollector();

        var lines = await new LineReader(1024).ReadAsync(new TrickleStream(text, bytesPerRead), sink, TestContext.Current.CancellationToken);

        Assert.Equal(["1:{\"a\":1}", "4:{\"b\":\"ñ\"}", "5:too long", "6:{\"c\":3}"], sink.Lines);
        Assert.Equal(6, lines);
    }

    [Fact]
    public async Task A_line_of_invalid_utf8_is_marked()
    {
        var sink = new LineCollector();

        await new LineReader(1024).ReadAsync(new MemoryStream([(byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n']), sink, TestContext.Current.CancellationToken);

        Assert.Equal(["1:invalid"], sink.Lines);
    }

    private sealed class CsvCollector : ICsvSink
    {
        public List<string> Records { get; } = [];

        public bool Done => false;

        public void OnRecord(in CsvRecord record)
        {
            var fields = new string[record.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Encoding.UTF8.GetString(record.Field(i));
            }

            Records.Add($"{record.Row}:{record.Status}:{string.Join("|", fields)}");
        }

        public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class LineCollector : ILineSink
    {
        public List<string> Lines { get; } = [];

        public void OnLine(long lineNumber, ReadOnlySpan<byte> line, bool validUtf8) =>
            Lines.Add($"{lineNumber}:{(validUtf8 ? Encoding.UTF8.GetString(line) : "invalid")}");

        public void OnLineTooLong(long lineNumber, ReadOnlySpan<byte> head) => Lines.Add($"{lineNumber}:too long");

        public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
