using System.Text;
using Msix.Domain.Submissions.Csv;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// One CSV file of a zip submission, spooled to a temporary file while the records are enumerated: the
/// header row first, then rows gathered in a small buffer and written out as it fills. The temporary file
/// is deleted when the spool is disposed.
/// </summary>
internal sealed class CsvSectionSpool : IAsyncDisposable
{
    private const int FlushChars = 32 * 1024;
    private const string LineBreak = "\r\n";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream _file;
    private readonly StreamWriter _writer;
    private readonly StringBuilder _rows = new(FlushChars * 2);

    public CsvSectionSpool(SectionSpec section, string workDirectory)
    {
        Section = section;
        Columns = SubmissionSchema.CsvColumns(section);
        var path = Path.Combine(workDirectory, $"msix-{Guid.NewGuid():N}-{section.CsvFileName}");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        _writer = new StreamWriter(_file, Utf8NoBom, 64 * 1024, leaveOpen: true);
        _rows.AppendJoin(',', Columns.Select(c => CsvText.Quote(c.Name))).Append(LineBreak);
    }

    public SectionSpec Section { get; }

    public IReadOnlyList<FieldSpec> Columns { get; }

    /// <summary>Appends one row: the StateStudentId join column from the record, the other columns from the row.</summary>
    public void AppendRow(string stateStudentId, Func<FieldSpec, string?> row)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0)
            {
                _rows.Append(',');
            }

            var column = Columns[i];
            _rows.Append(CsvText.Quote(ReferenceEquals(column, SubmissionSchema.StateStudentId) ? stateStudentId : row(column)));
        }

        _rows.Append(LineBreak);
    }

    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (_rows.Length >= FlushChars)
        {
            await FlushRowsAsync(cancellationToken);
        }
    }

    /// <summary>Copies the whole file, from its header row, to the destination.</summary>
    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        await FlushRowsAsync(cancellationToken);
        await _writer.FlushAsync(cancellationToken);
        _file.Position = 0;
        await _file.CopyToAsync(destination, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _file.DisposeAsync();
    }

    private async Task FlushRowsAsync(CancellationToken cancellationToken)
    {
        await _writer.WriteAsync(_rows, cancellationToken);
        _rows.Clear();
    }
}
