using Msix.Domain.Mde;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Writing;

/// <summary>Run alone: they measure the process's live managed memory, which other tests would disturb.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

/// <summary>
/// A 20,000-child single-State file is generated lazily and written as it is generated: the live managed
/// memory stays flat (a materialised population of that size holds well over 50 MB).
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class StreamingWriterTests
{
    private const int Children = 20_000;
    private const long MaxGrowthBytes = 16 * 1024 * 1024;

    [Fact]
    public async Task The_json_lines_writer_streams_a_large_generation()
    {
        var output = new CountingStream();
        var watch = new LiveMemoryWatch();
        var written = await JsonLinesSubmissionWriter.WriteAllAsync(watch.Observe(Records()), output, TestContext.Current.CancellationToken);

        Assert.Equal(Children, written);
        Assert.True(output.Length > Children * 1000L);
        Assert.True(watch.MaxGrowth < MaxGrowthBytes, $"Live memory grew by {watch.MaxGrowth / 1024 / 1024} MB.");
    }

    [Fact]
    public async Task The_csv_zip_writer_streams_a_large_generation()
    {
        var output = new CountingStream();
        var watch = new LiveMemoryWatch();
        var written = await CsvZipSubmissionWriter.WriteAllAsync(watch.Observe(Records()), output, TestContext.Current.CancellationToken,
            SyntheticOptions.DefaultToday.ToDateTime(TimeOnly.MinValue));

        Assert.Equal(Children, written);
        Assert.True(output.Length > Children * 100L);
        Assert.True(watch.MaxGrowth < MaxGrowthBytes, $"Live memory grew by {watch.MaxGrowth / 1024 / 1024} MB.");
    }

    [Fact]
    public void Generation_is_lazy_even_for_an_enormous_population() =>
        Assert.Equal(10, SyntheticPopulation.GenerateState("TX", int.MaxValue).Take(10).Count());

    private static IEnumerable<ChildRecord> Records() => SyntheticPopulation.GenerateState("TX", Children, seed: 11).Select(r => r.Record);

    /// <summary>Samples the live managed memory (after a full collection) every 2,000 records.</summary>
    private sealed class LiveMemoryWatch
    {
        private readonly long _baseline = GC.GetTotalMemory(forceFullCollection: true);

        public long MaxGrowth { get; private set; }

        public IEnumerable<T> Observe<T>(IEnumerable<T> items)
        {
            var count = 0;
            foreach (var item in items)
            {
                if (++count % 2_000 == 0)
                {
                    MaxGrowth = Math.Max(MaxGrowth, GC.GetTotalMemory(forceFullCollection: true) - _baseline);
                }

                yield return item;
            }
        }
    }

    /// <summary>A write-only, non-seekable stream that only counts bytes, as a network upload would be.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
