using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

public sealed class SyntheticSubmissionSetTests : IDisposable
{
    private static readonly SyntheticOptions Options = new(42, 400, ["TX", "MI", "FL", "WA"]);

    private readonly string _root = Directory.CreateTempSubdirectory("msix-synthetic-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(SubmissionFormatKind.JsonLines)]
    [InlineData(SubmissionFormatKind.CsvZip)]
    public async Task Two_runs_with_the_same_options_write_byte_identical_files(SubmissionFormatKind format)
    {
        var first = await SyntheticSubmissionSet.WriteAsync(Options, Path.Combine(_root, "a"), format, TestContext.Current.CancellationToken);
        var second = await SyntheticSubmissionSet.WriteAsync(Options, Path.Combine(_root, "b"), format, TestContext.Current.CancellationToken);

        Assert.Equal((first.Children, first.Records, first.Rows, first.Twins, first.Movers), (second.Children, second.Records, second.Rows, second.Twins, second.Movers));
        foreach (var (a, b) in first.Files.Append(first.TruthFile).Zip(second.Files.Append(second.TruthFile)))
        {
            Assert.Equal(await File.ReadAllBytesAsync(a, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(b, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Another_seed_gives_another_population()
    {
        var first = await SyntheticSubmissionSet.WriteAsync(Options, Path.Combine(_root, "a"), SubmissionFormatKind.JsonLines, TestContext.Current.CancellationToken);
        var other = await SyntheticSubmissionSet.WriteAsync(Options with { Seed = 43 }, Path.Combine(_root, "b"), SubmissionFormatKind.JsonLines, TestContext.Current.CancellationToken);

        Assert.NotEqual(await File.ReadAllTextAsync(first.Files[0], TestContext.Current.CancellationToken), await File.ReadAllTextAsync(other.Files[0], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_state_gets_its_dated_file_and_truth_maps_every_record()
    {
        var summary = await SyntheticSubmissionSet.WriteAsync(Options, _root, SubmissionFormatKind.JsonLines, TestContext.Current.CancellationToken);

        Assert.Equal(Options.States.Select(s => Path.Combine(_root, s, $"{s}-20261001.jsonl")), summary.Files);
        Assert.Equal(Path.Combine(_root, "truth.csv"), summary.TruthFile);
        var truth = await ReadTruthAsync(summary.TruthFile);
        Assert.Equal(summary.Records, truth.Count);
        Assert.Equal(Options.Children, summary.Children);
        Assert.Equal(Options.Children, truth.Select(t => t.TruthId).Distinct().Count());

        foreach (var file in summary.Files)
        {
            var state = Path.GetFileName(Path.GetDirectoryName(file))!;
            var ids = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken))
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("stateStudentId").GetString()!)
                .ToList();
            Assert.Equal(truth.Where(t => t.State == state).Select(t => t.StateStudentId), ids);
        }
    }

    [Fact]
    public async Task Movers_appear_in_several_states_files_under_different_ids_with_one_truth_id()
    {
        var summary = await SyntheticSubmissionSet.WriteAsync(Options, _root, SubmissionFormatKind.JsonLines, TestContext.Current.CancellationToken);
        var truth = await ReadTruthAsync(summary.TruthFile);
        var idsInFiles = new HashSet<(string, string)>();
        foreach (var file in summary.Files)
        {
            var state = Path.GetFileName(Path.GetDirectoryName(file))!;
            foreach (var line in await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken))
            {
                idsInFiles.Add((state, JsonDocument.Parse(line).RootElement.GetProperty("stateStudentId").GetString()!));
            }
        }

        var movers = truth.GroupBy(t => t.TruthId).Where(g => g.Select(t => t.State).Distinct().Count() >= 2).ToList();
        Assert.Equal(summary.Movers, movers.Count);
        Assert.True(movers.Count > 20, $"{movers.Count} movers");
        foreach (var mover in movers)
        {
            Assert.Equal(mover.Count(), mover.Select(t => t.StateStudentId).Distinct().Count());
            Assert.All(mover, t => Assert.Contains((t.State, t.StateStudentId), idsInFiles));
        }
    }

    [Fact]
    public async Task The_zips_hold_the_schemas_files_and_the_rows_the_summary_counts()
    {
        var summary = await SyntheticSubmissionSet.WriteAsync(Options, _root, SubmissionFormatKind.CsvZip, TestContext.Current.CancellationToken);

        long rows = 0;
        var accents = false;
        foreach (var file in summary.Files)
        {
            await using var zip = await ZipArchive.CreateAsync(File.OpenRead(file), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, TestContext.Current.CancellationToken);
            Assert.Equal(SubmissionSchema.CsvFiles.Select(s => s.CsvFileName), zip.Entries.Select(e => e.FullName));
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(await entry.OpenAsync(TestContext.Current.CancellationToken), Encoding.UTF8);
                var text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
                var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                var section = SubmissionSchema.CsvFiles.Single(s => s.CsvFileName == entry.FullName);
                Assert.Equal(string.Join(',', SubmissionSchema.CsvColumns(section).Select(c => c.Name)), lines[0]);
                rows += lines.Length - 1;
                accents |= text.Contains('ñ', StringComparison.Ordinal) && text.Contains('á', StringComparison.Ordinal);
            }
        }

        Assert.Equal(summary.Rows, rows);
        Assert.True(accents);
        Assert.True(summary.Twins > 0);
    }

    private static async Task<List<TruthEntry>> ReadTruthAsync(string path)
    {
        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal("State,StateStudentId,TruthId", lines[0]);
        return [.. lines.Skip(1).Select(line => line.Split(',')).Select(f => new TruthEntry(f[0], f[1], f[2]))];
    }
}
