using System.Globalization;
using System.Text;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Csv;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;

namespace Msix.Synthetic;

/// <summary>
/// Writes a synthetic population as the States would upload it: one submission file per State,
/// &lt;out&gt;/&lt;STATE&gt;/&lt;STATE&gt;-&lt;yyyyMMdd&gt;.jsonl (or .zip), and &lt;out&gt;/truth.csv mapping
/// each (State, StateStudentId) to its TruthId. The population is generated once and streamed to every
/// State's file at the same time. The same options give byte-identical files.
/// </summary>
public static class SyntheticSubmissionSet
{
    public const string TruthFileName = "truth.csv";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The path of a State's submission file in the output directory.</summary>
    public static string FilePath(string outputDirectory, string state, DateOnly today, SubmissionFormatKind format) =>
        Path.Combine(outputDirectory, state,
            $"{state}-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{SubmissionWriter.FileExtension(format)}");

    public static async Task<SyntheticSummary> WriteAsync(
        SyntheticOptions options, string outputDirectory, SubmissionFormatKind format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var states = options.StateCodes();
        var zipEntryTime = new DateTimeOffset(options.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var files = states.Select(state => FilePath(outputDirectory, state, options.Today, format)).ToList();
        var truthFile = Path.Combine(outputDirectory, TruthFileName);
        Directory.CreateDirectory(outputDirectory);

        var writers = new Dictionary<string, ISubmissionWriter>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < states.Count; i++)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(files[i])!);
                writers[states[i]] = SubmissionWriter.Create(format, OpenForWriting(files[i]), leaveOpen: false, zipEntryTime);
            }

            await using var truth = new StreamWriter(OpenForWriting(truthFile), Utf8NoBom);
            truth.NewLine = "\r\n";
            await truth.WriteLineAsync("State,StateStudentId,TruthId".AsMemory(), cancellationToken);

            var (children, records, rows, twins, movers) = (0, 0L, 0L, 0, 0);
            foreach (var child in SyntheticPopulation.GenerateFamilies(options).SelectMany(f => f.Children))
            {
                cancellationToken.ThrowIfCancellationRequested();
                children++;
                twins += child.Truth.MultipleBirthFlag ? 1 : 0;
                movers += child.IsMover ? 1 : 0;
                foreach (var record in child.Records)
                {
                    await writers[record.State].WriteAsync(record.Record, cancellationToken);
                    await truth.WriteLineAsync(TruthLine(record.Truth).AsMemory(), cancellationToken);
                    records++;
                    rows += RowCount(record.Record);
                }
            }

            foreach (var writer in writers.Values)
            {
                await writer.CompleteAsync(cancellationToken);
            }

            return new SyntheticSummary(files, truthFile, children, records, rows, twins, movers);
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                await writer.DisposeAsync();
            }
        }
    }

    /// <summary>The CSV rows a record makes over all the files of a zip, headers excluded.</summary>
    public static int RowCount(ChildRecord record) =>
        SubmissionSchema.CsvFiles.Sum(section => SubmissionFieldText.Rows(record, section).Count());

    private static string TruthLine(TruthEntry entry) =>
        string.Join(',', CsvText.Quote(entry.State), CsvText.Quote(entry.StateStudentId), CsvText.Quote(entry.TruthId));

    private static FileStream OpenForWriting(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
}
