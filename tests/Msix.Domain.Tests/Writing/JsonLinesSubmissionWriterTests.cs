using System.Text;
using System.Text.Json;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;

namespace Msix.Domain.Tests.Writing;

public sealed class JsonLinesSubmissionWriterTests
{
    private static readonly string[] ArrayNames =
        [.. SubmissionSchema.Sections.Where(s => s.JsonArrayName is not null).Select(s => s.JsonArrayName!)];

    [Fact]
    public async Task Each_child_is_one_line_of_utf8_without_a_byte_order_mark()
    {
        var bytes = await WriteAsync(WriterSamples.Full(), WriterSamples.Minimal(), WriterSamples.Delete());

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task A_full_record_has_exactly_the_schemas_property_names_in_order()
    {
        var line = Encoding.UTF8.GetString(await WriteAsync(WriterSamples.Full())).TrimEnd('\n');
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;

        string[] expectedTop = [.. SubmissionSchema.Student.Fields.Select(f => f.JsonName), .. ArrayNames];
        Assert.Equal(expectedTop, root.EnumerateObject().Select(p => p.Name));
        foreach (var section in SubmissionSchema.Sections.Where(s => s.JsonArrayName is not null))
        {
            var item = Assert.Single(root.GetProperty(section.JsonArrayName!).EnumerateArray().ToList());
            Assert.Equal(section.Fields.Select(f => f.JsonName), item.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task Values_are_the_field_texts_and_empty_fields_are_omitted()
    {
        var record = WriterSamples.Minimal();
        using var json = JsonDocument.Parse(await WriteAsync(record));
        var root = json.RootElement;

        foreach (var field in SubmissionSchema.Student.Fields)
        {
            var text = SubmissionFieldText.Of(record, field);
            Assert.Equal(text, root.TryGetProperty(field.JsonName, out var value) ? value.GetString() : null);
        }

        var enrollment = Assert.Single(root.GetProperty("enrollments").EnumerateArray().ToList());
        Assert.False(enrollment.TryGetProperty("withdrawalDate", out _));
        Assert.False(enrollment.TryGetProperty("medicalAlertIndicator", out _));
        Assert.Equal("06", enrollment.GetProperty("enrollmentType").GetString());
        Assert.Equal(0, root.GetProperty("courses").GetArrayLength());
    }

    [Fact]
    public async Task Accents_and_quotes_are_written_as_they_are()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(WriterSamples.Full()));

        Assert.Contains("\"firstName\":\"José Ángel\"", text, StringComparison.Ordinal);
        Assert.Contains("\"lastName1\":\"Núñez\"", text, StringComparison.Ordinal);
        Assert.Contains("\"lastName2\":\"Peña, \\\"la\\\" Güera\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToLine_is_the_line_the_writer_writes()
    {
        var record = WriterSamples.Full();
        var written = Encoding.UTF8.GetString(await WriteAsync(record));
        Assert.Equal(JsonLinesSubmissionWriter.ToLine(record) + "\n", written);
    }

    [Fact]
    public async Task More_alternate_ids_than_the_schema_holds_are_refused_not_dropped()
    {
        var full = WriterSamples.Full();
        var tooMany = full with
        {
            Demographics = full.Demographics! with
            {
                AlternateStateStudentIds = [.. full.Demographics.AlternateStateStudentIds, new AlternateStateStudentId(StateStudentIdType.Other, "Y-2")],
            },
        };
        await using var writer = new JsonLinesSubmissionWriter(new MemoryStream());
        await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteAsync(tooMany, TestContext.Current.CancellationToken));
    }

    private static async Task<byte[]> WriteAsync(params ChildRecord[] records)
    {
        using var output = new MemoryStream();
        var written = await JsonLinesSubmissionWriter.WriteAllAsync(records, output, TestContext.Current.CancellationToken);
        Assert.Equal(records.Length, written);
        return output.ToArray();
    }
}
