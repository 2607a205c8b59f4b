using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// Writes a JSON Lines submission: one child per line, UTF-8 without a byte order mark, the student fields
/// at the top level and one array per section, every property named and ordered as in
/// <see cref="SubmissionSchema"/>, every value the text <see cref="SubmissionFieldText"/> gives, empty
/// fields omitted. Names with accents and ñ are written as they are. Lines are gathered in a small buffer
/// and written to the stream as it fills, so memory stays flat whatever the number of children.
/// </summary>
public sealed class JsonLinesSubmissionWriter : ISubmissionWriter
{
    private const int FlushBytes = 64 * 1024;

    private static readonly JsonWriterOptions LineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    public JsonLinesSubmissionWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_buffer, LineOptions);
    }

    public long Records { get; private set; }

    /// <summary>One record as its JSON line, without the line break.</summary>
    public static string ToLine(ChildRecord record)
    {
        WritableRecord.Check(record);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, LineOptions))
        {
            WriteRecord(json, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes every record to the stream, enumerating them once, and returns how many were written.</summary>
    public static async Task<long> WriteAllAsync(IEnumerable<ChildRecord> records, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new JsonLinesSubmissionWriter(output, leaveOpen: true);
        return await SubmissionWriter.WriteAllAsync(writer, records, cancellationToken);
    }

    public async ValueTask WriteAsync(ChildRecord record, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WritableRecord.Check(record);
        WriteRecord(_json, record);
        _json.Flush();
        _json.Reset();
        _buffer.Write("\n"u8);
        Records++;
        if (_buffer.WrittenCount >= FlushBytes)
        {
            await WriteBufferAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await WriteBufferAsync(cancellationToken);
        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _json.DisposeAsync();
        if (!_leaveOpen)
        {
            await _output.DisposeAsync();
        }
    }

    private async Task WriteBufferAsync(CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount > 0)
        {
            await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
            _buffer.ResetWrittenCount();
        }
    }

    private static void WriteRecord(Utf8JsonWriter json, ChildRecord record)
    {
        json.WriteStartObject();
        WriteFields(json, SubmissionSchema.Student, SubmissionFieldText.Rows(record, SubmissionSchema.Student).Single());
        foreach (var section in SubmissionSchema.Sections)
        {
            if (section.JsonArrayName is null || section == SubmissionSchema.Student)
            {
                continue;
            }

            json.WriteStartArray(section.JsonArrayName);
            foreach (var row in SubmissionFieldText.Rows(record, section))
            {
                json.WriteStartObject();
                WriteFields(json, section, row);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, SectionSpec section, Func<FieldSpec, string?> row)
    {
        foreach (var field in section.Fields)
        {
            if (row(field) is { } text)
            {
                json.WriteString(field.JsonName, text);
            }
        }
    }
}
