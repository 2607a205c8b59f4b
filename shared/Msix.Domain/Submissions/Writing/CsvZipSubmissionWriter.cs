using System.IO.Compression;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// Writes a zip of CSV files: every file of <see cref="SubmissionSchema.CsvFiles"/> at the root of the zip,
/// each with its header row (<see cref="SubmissionSchema.CsvColumns"/>) even when it has no rows, UTF-8
/// without a byte order mark, RFC 4180 quoting, CRLF line breaks. The records are enumerated once: each
/// section goes to its own temporary file as they arrive, and <see cref="CompleteAsync"/> assembles the
/// zip from those files, so memory stays flat whatever the number of children.
/// </summary>
public sealed class CsvZipSubmissionWriter : ISubmissionWriter
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly DateTimeOffset _entryTime;
    private readonly string _workDirectory;
    private readonly List<CsvSectionSpool> _spools = [];
    private bool _completed;
    private bool _disposed;

    /// <param name="entryTime">The time stamped on the zip's entries; now when null. Fix it for repeatable output.</param>
    /// <param name="workDirectory">Where the sections are spooled; the system's temporary folder when null.</param>
    public CsvZipSubmissionWriter(Stream output, bool leaveOpen = false, DateTimeOffset? entryTime = null, string? workDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _entryTime = entryTime ?? DateTimeOffset.Now;
        _workDirectory = string.IsNullOrEmpty(workDirectory) ? Path.GetTempPath() : workDirectory;
    }

    public long Records { get; private set; }

    /// <summary>Writes every record as a zip of CSV files, enumerating them once, and returns how many were written.</summary>
    public static async Task<long> WriteAllAsync(
        IEnumerable<ChildRecord> records,
        Stream output,
        CancellationToken cancellationToken,
        DateTimeOffset? entryTime = null,
        string? workDirectory = null)
    {
        await using var writer = new CsvZipSubmissionWriter(output, leaveOpen: true, entryTime, workDirectory);
        return await SubmissionWriter.WriteAllAsync(writer, records, cancellationToken);
    }

    public async ValueTask WriteAsync(ChildRecord record, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The zip is complete; no record can be added.");
        }

        WritableRecord.Check(record);
        foreach (var spool in await SpoolsAsync())
        {
            foreach (var row in SubmissionFieldText.Rows(record, spool.Section))
            {
                spool.AppendRow(record.StateStudentId, row);
            }

            await spool.FlushIfFullAsync(cancellationToken);
        }

        Records++;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            return;
        }

        _completed = true;
        await using (var zip = await ZipArchive.CreateAsync(_output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var spool in await SpoolsAsync())
            {
                var entry = zip.CreateEntry(spool.Section.CsvFileName, CompressionLevel.Optimal);
                entry.LastWriteTime = _entryTime;
                await using var entryStream = await entry.OpenAsync(cancellationToken);
                await spool.CopyToAsync(entryStream, cancellationToken);
            }
        }

        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await DisposeSpoolsAsync();
        if (!_leaveOpen)
        {
            await _output.DisposeAsync();
        }
    }

    /// <summary>The spool of each CSV file, opened at the first record (or at completion when there is none).</summary>
    private async ValueTask<List<CsvSectionSpool>> SpoolsAsync()
    {
        if (_spools.Count > 0)
        {
            return _spools;
        }

        try
        {
            foreach (var section in SubmissionSchema.CsvFiles)
            {
                _spools.Add(new CsvSectionSpool(section, _workDirectory));
            }
        }
        catch
        {
            await DisposeSpoolsAsync();
            throw;
        }

        return _spools;
    }

    private async ValueTask DisposeSpoolsAsync()
    {
        foreach (var spool in _spools)
        {
            await spool.DisposeAsync();
        }

        _spools.Clear();
    }
}
