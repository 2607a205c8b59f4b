using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain.Tests.Reading;

public sealed class ZipSafetyTests
{
    [Theory]
    [InlineData("../students.csv")]
    [InlineData("/etc/students.csv")]
    [InlineData("C:students.csv")]
    [InlineData("data\\students.csv")]
    [InlineData("data/students.csv")]
    [InlineData("data/")]
    public async Task An_entry_that_is_not_a_plain_top_level_name_is_unsafe(string name)
    {
        var result = await TestReader.ZipAsync([.. Samples.ChildCsv(), (name, Samples.StudentsCsv)]);

        var error = result.FileError(ErrorCodes.ZipUnsafePath);
        Assert.Equal(name, error.File);
    }

    [Fact]
    public async Task An_unknown_file_is_rejected()
    {
        var result = await TestReader.ZipAsync([.. Samples.ChildCsv(), ("notes.txt", "hello")]);

        Assert.Equal("notes.txt", result.FileError(ErrorCodes.ZipUnknownEntry).File);
    }

    [Fact]
    public async Task A_file_given_twice_is_rejected()
    {
        var result = await TestReader.ZipAsync([.. Samples.ChildCsv(), ("Moves.csv", Samples.MovesCsv)]);

        Assert.Equal("Moves.csv", result.FileError(ErrorCodes.ZipDuplicateEntry).File);
    }

    [Fact]
    public async Task A_zip_without_students_csv_is_rejected()
    {
        var result = await TestReader.ZipAsync(("moves.csv", Samples.MovesCsv));

        var error = result.FileError(ErrorCodes.ZipMissingEntry);
        Assert.Equal(TestReader.ZipFileName, error.File);
        Assert.Contains("students.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_is_rejected_by_its_declared_sizes_before_anything_is_decompressed()
    {
        var zeros = new byte[64 * 1024 * 1024];
        var bomb = TestReader.ZipBytes(CompressionLevel.SmallestSize, ("students.csv", Encoding.UTF8.GetBytes(Samples.StudentsCsv)), ("courses.csv", zeros));

        var result = await TestReader.BytesAsync(bomb, TestReader.ZipFileName);

        Assert.Contains("zip bomb", result.FileError(ErrorCodes.ZipTooLarge).Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Progress.BytesRead);
    }

    [Fact]
    public async Task A_zip_over_the_size_limit_is_rejected()
    {
        var result = await TestReader.BytesAsync(TestReader.Zip(Samples.ChildCsv()), TestReader.ZipFileName, limits => limits.MaxZipExpandedBytes = 100);

        result.FileError(ErrorCodes.ZipTooLarge);
    }

    [Fact]
    public async Task A_zip_bomb_that_lies_about_its_size_is_caught_while_decompressing()
    {
        var zeros = new byte[64 * 1024 * 1024];
        var bomb = TestReader.ZipBytes(CompressionLevel.SmallestSize, ("students.csv", Encoding.UTF8.GetBytes(Samples.StudentsCsv)), ("courses.csv", zeros));
        SetDeclaredSize(bomb, "courses.csv", 200);

        var result = await TestReader.BytesAsync(bomb, TestReader.ZipFileName);

        // The framework stops at the declared size; the checksum then shows the content is not what the zip declares.
        Assert.Contains("CRC-32", result.FileError(ErrorCodes.ZipCorrupt).Message, StringComparison.Ordinal);
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task Real_bytes_beyond_the_declared_size_or_the_budget_are_refused_while_decompressing()
    {
        var content = new byte[10_000];
        var ct = TestContext.Current.CancellationToken;

        var lying = new ZipEntryStream(new MemoryStream(content), "courses.csv", declaredLength: 100, declaredCrc: 0, new ZipExpansionBudget(1_000_000, "test"));
        var tooLarge = await Assert.ThrowsAsync<SubmissionFileException>(() => lying.CopyToAsync(Stream.Null, ct));
        Assert.Equal(ErrorCodes.ZipTooLarge, tooLarge.Code);

        var overBudget = new ZipEntryStream(new MemoryStream(content), "courses.csv", declaredLength: 10_000, declaredCrc: 0, new ZipExpansionBudget(5_000, "test"));
        Assert.Equal(ErrorCodes.ZipTooLarge, (await Assert.ThrowsAsync<SubmissionFileException>(() => overBudget.CopyToAsync(Stream.Null, ct))).Code);
    }

    [Fact]
    public async Task A_damaged_entry_is_caught_by_its_checksum()
    {
        var zip = StoredZip(("students.csv", Samples.StudentsCsv), ("moves.csv", Samples.MovesCsv));
        var at = IndexOf(zip, Encoding.UTF8.GetBytes("TX001,2025-06-14"));
        zip[at + 2] = (byte)'9';

        var result = await TestReader.BytesAsync(zip, TestReader.ZipFileName);

        Assert.Contains("CRC-32", result.FileError(ErrorCodes.ZipCorrupt).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_cut_short_is_corrupt()
    {
        var zip = TestReader.Zip(Samples.ChildCsv());

        var result = await TestReader.BytesAsync(zip[..(zip.Length - 40)], TestReader.ZipFileName);

        Assert.Equal(TestReader.ZipFileName, result.FileError(ErrorCodes.ZipCorrupt).File);
    }

    [Fact]
    public void The_checksum_is_the_zip_crc32()
    {
        Assert.Equal(0xCBF43926u, Crc32.Append(0, "123456789"u8));
        Assert.Equal(Crc32.Append(Crc32.Append(0, "12345"u8), "6789"u8), Crc32.Append(0, "123456789"u8));
    }

    /// <summary>A zip whose entries are stored, not compressed, so a test can change their bytes.</summary>
    private static byte[] StoredZip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Overwrites an entry's uncompressed size in its local header and in the central directory.</summary>
    private static void SetDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
