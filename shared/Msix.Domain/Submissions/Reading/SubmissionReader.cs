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
    /// <summary>The most zip entries, or parts of a JSON Lines file, spooled at once.</summary>
    private const int MaxSpoolingWorkers = 4;

    /// <summary>The smallest JSON Lines file read in parts by several workers.</summary>
    private const long MinSplitBytes = 4 * 1024 * 1024;

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

    /// <summary>
    /// Spools the lines of a JSON Lines file, its parts read at once by several workers (one per processor, up to
    /// <see cref="MaxSpoolingWorkers"/>; a small file is read by one). Each part starts right after a line break,
    /// so each line is read whole by one worker; a worker numbers its lines after those of the parts before it,
    /// which it learns from the workers that count them, so lines are numbered as in the whole file.
    /// </summary>
    private async Task<Spooled?> SpoolJsonLinesAsync(string filePath, string fileName, SubmissionErrorLog errors, ReadProgress progress, CancellationToken cancellationToken)
    {
        using var file = File.OpenHandle(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(file);
        var spool = Spool.Create(limits.WorkDirectory, length, limits.SpoolBucketBytes);
        try
        {
            var parts = length < MinSplitBytes ? 1 : Math.Clamp(Environment.ProcessorCount, 1, MaxSpoolingWorkers);
            var starts = LineStarts(file, length, parts);

            // linesOf[i]: the line breaks in part i, counted by the worker of part i + 1.
            var linesOf = new TaskCompletionSource<long>[starts.Length];
            for (var i = 0; i < linesOf.Length; i++)
            {
                linesOf[i] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            var tasks = new Task[starts.Length];
            for (var i = 0; i < starts.Length; i++)
            {
                var part = i;
                var end = part + 1 < starts.Length ? starts[part + 1] : length;
                tasks[part] = Task.Run(
                    async () =>
                    {
                        long linesBefore = 0;
                        if (part > 0)
                        {
                            try
                            {
                                linesOf[part - 1].TrySetResult(CountLineBreaks(file, starts[part - 1], starts[part], cancellationToken));
                            }
                            catch (Exception e)
                            {
                                linesOf[part - 1].TrySetException(e);
                                throw;
                            }

                            for (var before = 0; before < part; before++)
                            {
                                linesBefore += await linesOf[before].Task;
                            }
                        }

                        var writer = spool.CreateWriter();
                        await using var stream = new FileRangeStream(file, starts[part], end);
                        await new LineReader(limits.MaxRowBytes).ReadAsync(stream, new JsonLineSpooler(writer, fileName, errors, progress), cancellationToken, linesBefore);
                        await writer.CompleteAsync(cancellationToken);
                    },
                    CancellationToken.None);
            }

            await Task.WhenAll(tasks);
            progress.AddBytes(length);
            return new Spooled(spool, [fileName]);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    /// <summary>Where each of up to <paramref name="parts"/> parts of the file starts: the first at 0, each other right after a line break.</summary>
    private static long[] LineStarts(Microsoft.Win32.SafeHandles.SafeFileHandle file, long length, int parts)
    {
        var starts = new List<long> { 0 };
        var window = new byte[64 * 1024];
        for (var i = 1; i < parts; i++)
        {
            var at = Math.Max(length * i / parts, starts[^1]);
            while (at < length)
            {
                var read = RandomAccess.Read(file, window, at);
                if (read == 0)
                {
                    at = length;
                    break;
                }

                var newline = window.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    at += newline + 1;
                    break;
                }

                at += read;
            }

            if (at < length && at > starts[^1])
            {
                starts.Add(at);
            }
        }

        return [.. starts];
    }

    private static long CountLineBreaks(Microsoft.Win32.SafeHandles.SafeFileHandle file, long start, long end, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024 * 1024];
        long lines = 0;
        for (var at = start; at < end;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
            if (read == 0)
            {
                break;
            }

            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            at += read;
        }

        return lines;
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
                await SpoolEntriesAsync(filePath, zip, plan, headers, spool, budget, errors, progress, cancellationToken);
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

    /// <summary>
    /// Spools the rows of every entry, several entries at once (one per processor, up to
    /// <see cref="MaxSpoolingWorkers"/>; each worker reads the zip through its own handle), the largest entries
    /// first so the workers end together. When an entry fails, the entries after it in the plan are abandoned
    /// and the first failing entry's error is thrown, as if the entries had been read one after another.
    /// </summary>
    private async Task SpoolEntriesAsync(
        string filePath,
        ZipArchive zip,
        IReadOnlyList<ZipPlanEntry> plan,
        CsvHeader[] headers,
        Spool spool,
        ZipExpansionBudget budget,
        SubmissionErrorLog errors,
        ReadProgress progress,
        CancellationToken cancellationToken)
    {
        var positions = new int[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            positions[i] = IndexOf(zip.Entries, plan[i].Entry);
        }

        var state = new EntrySpooling([.. Enumerable.Range(0, plan.Count).OrderByDescending(i => plan[i].Entry.Length)]);
        var workers = Math.Clamp(Math.Min(Environment.ProcessorCount, plan.Count), 1, MaxSpoolingWorkers);
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            // The first worker reads through the zip already open; the others open their own.
            var own = w == 0 ? zip : null;
            tasks[w] = Task.Run(() => SpoolEntriesWorkerAsync(filePath, own, plan, positions, headers, spool, budget, errors, progress, state, cancellationToken), CancellationToken.None);
        }

        try
        {
            await Task.WhenAll(tasks);
        }
        catch
        {
            // Every worker's exception is looked at below.
        }

        var unexpected = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not SubmissionFileException);
        if (unexpected is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(unexpected);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (state.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task SpoolEntriesWorkerAsync(
        string filePath,
        ZipArchive? zip,
        IReadOnlyList<ZipPlanEntry> plan,
        int[] positions,
        CsvHeader[] headers,
        Spool spool,
        ZipExpansionBudget budget,
        SubmissionErrorLog errors,
        ReadProgress progress,
        EntrySpooling state,
        CancellationToken cancellationToken)
    {
        FileStream? file = null;
        ZipArchive? ownZip = null;
        try
        {
            var writer = spool.CreateWriter();
            var reader = new CsvRecordReader(limits.MaxRowBytes);
            while (state.Next() is var index && index >= 0)
            {
                if (state.Abandoned(index))
                {
                    continue;
                }

                if (zip is null)
                {
                    file = OpenSequential(filePath);
                    zip = ownZip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
                }

                var entry = zip.Entries[positions[index]];
                if (entry.FullName != plan[index].Name)
                {
                    throw new InvalidOperationException($"The zip's entry {positions[index]} changed while it was read.");
                }

                try
                {
                    await using var stream = await OpenEntryAsync(entry, budget, cancellationToken);
                    var sink = new CsvEntrySpooler(writer, headers[index], (byte)index, plan[index].Name, errors, progress, () => state.Abandoned(index));
                    await reader.ReadAsync(stream, sink, cancellationToken);
                    progress.AddBytes(stream.Position);
                }
                catch (SubmissionFileException e)
                {
                    state.Fail(index, e);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
        finally
        {
            if (ownZip is not null)
            {
                await ownZip.DisposeAsync();
            }

            if (file is not null)
            {
                await file.DisposeAsync();
            }
        }
    }

    private static int IndexOf(System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> entries, ZipArchiveEntry entry)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i], entry))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The entry {entry.FullName} is not in the zip.");
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
                    foreach (var child in own.Assemble(own.Load(bucket, cancellationToken)))
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
            foreach (var child in assembler.Assemble(assembler.Load(bucket, cancellationToken)))
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

    /// <summary>The entries the spooling workers share out, and the first (in the plan's order) that failed.</summary>
    private sealed class EntrySpooling(int[] order)
    {
        private readonly Lock _lock = new();
        private int _next = -1;
        private int _failedAt = int.MaxValue;

        public SubmissionFileException? Failure { get; private set; }

        /// <summary>The plan index of the next entry to spool, or -1 when none is left.</summary>
        public int Next()
        {
            var next = Interlocked.Increment(ref _next);
            return next < order.Length ? order[next] : -1;
        }

        /// <summary>True when an entry before <paramref name="index"/> failed: the submission is rejected whatever this entry holds.</summary>
        public bool Abandoned(int index) => Volatile.Read(ref _failedAt) < index;

        public void Fail(int index, SubmissionFileException failure)
        {
            lock (_lock)
            {
                if (index < _failedAt)
                {
                    Failure = failure;
                    Volatile.Write(ref _failedAt, index);
                }
            }
        }
    }

    private sealed class BucketCounter
    {
        private int _next = -1;

        public int Next() => Interlocked.Increment(ref _next);
    }
}
