using System.Reflection;
using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Tests.Reading;

namespace Msix.Domain.Tests.Format;

/// <summary>
/// The data dictionary and the JSON Schema in docs/ are generated from the submission schema; these tests
/// fail when the committed files differ from what the code generates. To regenerate them, run the tests with
/// MSIX_WRITE_DOCS=1 (see <see cref="DataDictionaryDocument.RegenerateHint"/>).
/// </summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void The_data_dictionary_is_what_the_schema_generates() =>
        AssertGenerated("docs/data-dictionary.md", DataDictionaryDocument.ToMarkdown());

    [Fact]
    public void The_json_schema_is_what_the_schema_generates() =>
        AssertGenerated("docs/submission.schema.json", JsonSchemaDocument.ToJson());

    [Fact]
    public void The_json_schema_describes_every_field()
    {
        using var schema = JsonDocument.Parse(JsonSchemaDocument.ToJson());
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var properties = root.GetProperty("properties");
        Assert.All(SubmissionSchema.Student.Fields, f => Assert.True(properties.TryGetProperty(f.JsonName, out _), f.JsonName));
        foreach (var section in SubmissionSchema.Sections.Where(s => s.JsonArrayName is not null))
        {
            var reference = properties.GetProperty(section.JsonArrayName!).GetProperty("items").GetProperty("$ref").GetString()!;
            var definition = root.GetProperty("$defs").GetProperty(reference.Split('/')[^1]).GetProperty("properties");
            Assert.All(section.Fields, f => Assert.True(definition.TryGetProperty(f.JsonName, out _), $"{section.Name}.{f.JsonName}"));
        }

        Assert.Equal(["F", "M", "X"], properties.GetProperty("sex").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_error_code_is_described_once()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order();

        Assert.Equal(codes, ErrorCodeDescriptions.All.Select(d => d.Code).Order());
    }

    [Fact]
    public void Every_code_set_of_the_schema_is_listed_with_its_meanings()
    {
        var markdown = DataDictionaryDocument.ToMarkdown();

        Assert.All(CodeSetTables.Used, codeSet => Assert.Contains($"### {CodeSetTables.NameOf(codeSet)}\n", markdown, StringComparison.Ordinal));
        Assert.Contains("| 0828 | Semester |", markdown, StringComparison.Ordinal);
        Assert.Contains("| MedicalAlertIndicator | enrollments[].medicalAlertIndicator |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_examples_read_without_an_error_in_both_formats()
    {
        var json = await TestReader.JsonAsync(SchemaExample.JsonLine());
        var zip = await TestReader.ZipAsync([.. SchemaExample.CsvFiles()]);

        ValidSubmissionTests.AssertSame(json.Single(), zip.Single());
        Assert.Equal("José", json.Single().Demographics!.FirstName);
    }

    [Fact]
    public async Task The_example_submission_in_docs_reads_without_an_error()
    {
        var examples = Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.jsonl");
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var result = await TestReader.BytesAsync(await File.ReadAllBytesAsync(example, TestContext.Current.CancellationToken), Path.GetFileName(example));

            Assert.Empty(result.Errors);
            Assert.InRange(result.Children.Count, 2, 3);
        }
    }

    internal static void AssertGenerated(string relativePath, string generated)
    {
        var path = RepositoryFiles.PathOf(relativePath);
        if (Environment.GetEnvironmentVariable("MSIX_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        Assert.True(committed == generated,
            $"{relativePath} differs from what the code generates. Regenerate it with: {DataDictionaryDocument.RegenerateHint}");
    }
}
