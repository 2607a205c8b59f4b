using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Reads a submission file (JSON Lines, or a zip of CSV files, told apart by content) and yields its
/// children, each validated as a whole, with memory bounded by a bucket of rows, never the whole file.
/// Phase 1 reads every row (checking the file as a whole: format, zip safety and size, CSV headers) and
/// spools it to a temporary file, in one of several buckets chosen by its StateStudentId. Phase 2 loads one
/// bucket at a time, groups its rows by child, assembles and validates each child, and yields it. A
/// file-level error (row 0) rejects the submission: then nothing is yielded, and since phase 1 ends before
/// the first child is yielded, nothing of a bad file is ever stored. The temporary file is deleted when
/// the enumeration ends, also on an exception or cancellation.
/// </summary>
public sealed class SubmissionReader(SubmissionLimits limits, TimeProvider time)
{
    /// <summary>Reads the submission at <paramref name="filePath"/> (already on local disk) child by child.</summary>
    /// <param name="fileName">The uploaded file's name, as errors of a JSON Lines file name it.</param>
    /// <param name="errors">Where every error goes; the receipt lists them.</param>
    /// <param name="progress">The format and the counts of rows, updated while reading.</param>
    /// <returns>Each child of the file once (a StateStudentId given twice is one rejected child), in no particular order.</returns>
    public async IAsyncEnumerable<AssembledChild> ReadAsync(
        string filePath,
        string fileName,
        SubmissionErrorLog errors,
        ReadProgress progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(progress);
        var now = time.GetUtcNow();
        var detection = await FormatDetector.DetectAsync(filePath, cancellationToken);
        progress.Format = SubmissionFormatNames.Of(detection.Format);
        switch (detection.Format)
        {
            case SubmissionFormat.Empty:
                errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.EmptyFile, "The file is empty."));
                yield break;
            case SubmissionFormat.Unknown:
                errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.UnknownFormat, detection.Hint));
                yield break;
        }

        var spooled = detection.Format == SubmissionFormat.JsonLines
            ? await SpoolJsonLinesAsync(filePath, fileName, errors, progress, cancellationToken)
            : await SpoolZipAsync(filePath, fileName, errors, progress, cancellationToken);
        if (spooled is null)
        {
            progress.RowsRejected = progress.RowsReceived;
            yield break;
        }

        using var spool = spooled.Spool;
        progress.Buckets = spool.BucketCount;
        var context = new ReadContext(spool, spooled.Files, errors, progress, now, limits.MaxRowBytes);
        await foreach (var child in AssembleAsync(context, cancellationToken))
        {
            yield return child;
        }
    }

    /// <summary>
    /// Merely reads the file with the same readers (zip decompression with its checks, lines or CSV records,
    /// UTF-8 decoding, JSON tokens) and builds nothing: the ceiling that the reader's throughput is measured against.
    /// </summary>
    public async Task<RowCount> CountRowsAsync(string filePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        var detection = await FormatDetector.DetectAsync(filePath, cancellationToken);
        var sink = new MereReadSink();
        if (detection.Format == SubmissionFormat.JsonLines)
        {
            await using var file = OpenSequential(filePath);
            await new LineReader(limits.MaxRowBytes).ReadAsync(file, sink, cancellationToken);
            return new RowCount(SubmissionFormatNames.JsonLines, sink.Rows, file.Length);
        }

        if (detection.Format != SubmissionFormat.CsvZip)
        {
            return new RowCount(SubmissionFormatNames.Of(detection.Format), 0, 0);
        }

        await using var zipFile = OpenSequential(filePath);
        await using var zip = await ZipArchive.CreateAsync(zipFile, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        var budget = new ZipExpansionBudget(ZipInspector.ExpansionBudget(zipFile.Length, limits), "the limit of the exchange");
        var reader = new CsvRecordReader(limits.MaxRowBytes);
        foreach (var entry in zip.Entries)
        {
            await using var stream = await OpenEntryAsync(entry, budget, cancellationToken);
            await reader.ReadAsync(stream, sink, cancellationToken);
        }

        return new RowCount(SubmissionFormatNames.CsvZip, sink.Rows, budget.Spent);
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static async Task<ZipEntryStream> OpenEntryAsync(ZipArchiveEntry entry, ZipExpansionBudget budget, CancellationToken cancellationToken)
    {
        Stream inner;
        try
        {
            inner = await entry.OpenAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new SubmissionFileException(ErrorCodes.ZipCorrupt,
                $"The zip entry {SubmissionError.Excerpt(entry.FullName)} cannot be opened: the zip is damaged or uses an unsupported compression method.", e);
        }

        return new ZipEntryStream(inner, SubmissionError.Excerpt(entry.FullName)!, entry.Length, entry.Crc32, budget);
    }

    private async Task<Spooled?> SpoolJsonLinesAsync(string filePath, string fileName, SubmissionErrorLog errors, ReadProgress progress, CancellationToken cancellationToken)
    {
        await using var file = OpenSequential(filePath);
        var spool = Spool.Create(limits.WorkDirectory, file.Length, limits.SpoolBucketBytes);
        try
        {
            await new LineReader(limits.MaxRowBytes).ReadAsync(file, new JsonLineSpooler(spool, fileName, errors, progress), cancellationToken);
            await spool.CompleteAsync(cancellationToken);
            progress.AddBytes(file.Length);
            return new Spooled(spool, [fileName]);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    private async Task<Spooled?> SpoolZipAsync(string filePath, string fileName, SubmissionErrorLog errors, ReadProgress progress, CancellationToken cancellationToken)
    {
        await using var file = OpenSequential(filePath);
        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException)
        {
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.ZipCorrupt, "The zip cannot be read: it is damaged or cut short (its directory is missing)."));
            return null;
        }

        await using (zip)
        {
            var plan = ZipInspector.Inspect(zip, fileName, file.Length, limits, errors);
            if (plan is null)
            {
                return null;
            }

            var budget = new ZipExpansionBudget(ZipInspector.ExpansionBudget(file.Length, limits),
                $"at most {limits.MaxZipExpandedBytes:N0} bytes, and at most {limits.MaxZipExpansionRatio} times the zip's size");
            Spool? spool = null;
            try
            {
                var headers = await ReadHeadersAsync(plan, errors, budget, cancellationToken);
                if (headers is null)
                {
                    return null;
                }

                spool = Spool.Create(limits.WorkDirectory, plan.Sum(p => p.Entry.Length), limits.SpoolBucketBytes);
                var reader = new CsvRecordReader(limits.MaxRowBytes);
                for (var i = 0; i < plan.Count; i++)
                {
                    await using var stream = await OpenEntryAsync(plan[i].Entry, budget, cancellationToken);
                    await reader.ReadAsync(stream, new CsvEntrySpooler(spool, headers[i], (byte)i, plan[i].Name, errors, progress), cancellationToken);
                    progress.AddBytes(stream.Position);
                }

                await spool.CompleteAsync(cancellationToken);
                return new Spooled(spool, [.. plan.Select(p => p.Name)]);
            }
            catch (SubmissionFileException e)
            {
                spool?.Dispose();
                errors.Add(SubmissionError.ForFile(fileName, e.Code, e.Message));
                return null;
            }
            catch
            {
                spool?.Dispose();
                throw;
            }
        }
    }

    /// <summary>Reads and checks every entry's header before any row, so all header errors are reported together.</summary>
    private async Task<CsvHeader[]?> ReadHeadersAsync(IReadOnlyList<ZipPlanEntry> plan, SubmissionErrorLog errors, ZipExpansionBudget budget, CancellationToken cancellationToken)
    {
        var headers = new CsvHeader[plan.Count];
        var ok = true;
        var reader = new CsvRecordReader(limits.MaxRowBytes);
        for (var i = 0; i < plan.Count; i++)
        {
            var entry = plan[i];
            var probe = new CsvHeaderProbe(entry.Name, errors);
            await using (var stream = await OpenEntryAsync(entry.Entry, budget, cancellationToken))
            {
                await reader.ReadAsync(stream, probe, cancellationToken);
            }

            if (!probe.Done)
            {
                errors.Add(new SubmissionError(entry.Name, 0, "", ErrorCodes.CsvHeader, $"{entry.Name} is empty: it needs at least its header row."));
                ok = false;
                continue;
            }

            var header = probe.Names is null ? null : CsvHeader.Create(entry.Section, entry.Name, probe.Names, errors);
            ok &= header is not null;
            headers[i] = header!;
        }

        return ok ? headers : null;
    }

    /// <summary>
    /// Assembles the buckets on every processor: background workers (one fewer than the processors, up to
    /// three) pass their children in batches through a bounded channel, and the enumerating thread assembles
    /// buckets itself whenever no batch is waiting, yielding those children directly. Few children are held
    /// at once, and the thread that takes the children is never idle while there is work.
    /// </summary>
    private static async IAsyncEnumerable<AssembledChild> AssembleAsync(ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buckets = context.Spool.BucketCount;
        var workers = Math.Min(Math.Clamp(Environment.ProcessorCount - 1, 0, 3), buckets - 1);
        var channel = Channel.CreateBounded<AssembledChild[]>(new BoundedChannelOptions(Math.Max(1, 2 * workers)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var counter = new BucketCounter();
        var producers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            producers[i] = Task.Run(() => ProduceAsync(context, channel.Writer, counter, stop.Token), CancellationToken.None);
        }

        var completion = Task.WhenAll(producers).ContinueWith(
            done => channel.Writer.TryComplete(done.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        var own = new BucketAssembler(context);
        try
        {
            while (true)
            {
                if (channel.Reader.TryRead(out var batch))
                {
                    foreach (var child in batch)
                    {
                        yield return child;
                    }

                    continue;
                }

                var bucket = counter.Next();
                if (bucket < buckets)
                {
                    var assembled = 0;
                    foreach (var child in own.Assemble(await own.LoadAsync(bucket, cancellationToken)))
                    {
                        yield return child;

                        // Take the workers' batches as they come, so a worker never waits for this bucket.
                        while (++assembled % 64 == 0 && channel.Reader.TryRead(out var waiting))
                        {
                            foreach (var other in waiting)
                            {
                                yield return other;
                            }
                        }
                    }

                    continue;
                }

                if (!await channel.Reader.WaitToReadAsync(cancellationToken))
                {
                    break;
                }
            }

            // Rethrows a worker's exception.
            await channel.Reader.Completion;
        }
        finally
        {
            await stop.CancelAsync();
            await completion;
        }
    }

    private static async Task ProduceAsync(ReadContext context, ChannelWriter<AssembledChild[]> writer, BucketCounter counter, CancellationToken cancellationToken)
    {
        const int BatchSize = 256;
        var assembler = new BucketAssembler(context);
        var batch = new List<AssembledChild>(BatchSize);
        int bucket;
        while ((bucket = counter.Next()) < context.Spool.BucketCount)
        {
            foreach (var child in assembler.Assemble(await assembler.LoadAsync(bucket, cancellationToken)))
            {
                batch.Add(child);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync([.. batch], cancellationToken);
                    batch.Clear();
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        if (batch.Count > 0)
        {
            await writer.WriteAsync([.. batch], cancellationToken);
        }
    }

    private sealed record Spooled(Spool Spool, IReadOnlyList<string> Files);

    private sealed class BucketCounter
    {
        private int _next = -1;

        public int Next() => Interlocked.Increment(ref _next);
    }
}
