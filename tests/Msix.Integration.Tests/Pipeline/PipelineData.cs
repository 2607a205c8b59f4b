using System.Security.Cryptography;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>Submission files for the pipeline tests, from the synthetic generator and the exchange's own writers.</summary>
public static class PipelineData
{
    /// <summary>
    /// The generator's reference date: yesterday, so that every generated date is in the past for the host's
    /// real clock, and no child is too old for it.
    /// </summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    /// <summary>A State's synthetic children, one record each.</summary>
    public static IReadOnlyList<ChildRecord> Children(string state, int count, int seed) =>
        [.. SyntheticPopulation.GenerateState(state, count, seed, Today).Select(r => r.Record)];

    /// <summary>The same child with a name full of accents and ñ, so the test does not depend on what the generator drew.</summary>
    public static ChildRecord Accented(ChildRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with
        {
            Demographics = record.Demographics! with
            {
                FirstName = "Íñigo José",
                MiddleName = "Ángel",
                LastName1 = "Peña",
                LastName2 = "Muñoz Núñez",
                BirthCity = "San Martín Jilotepeque",
                Parent1FirstName = "Begoña",
            },
        };
    }

    public static async Task<byte[]> WriteAsync(SubmissionFormatKind format, IEnumerable<ChildRecord> records)
    {
        using var buffer = new MemoryStream();
        await using (var writer = SubmissionWriter.Create(format, buffer, leaveOpen: true))
        {
            await SubmissionWriter.WriteAllAsync(writer, records, TestContext.Current.CancellationToken);
        }

        return buffer.ToArray();
    }

    public static Task<byte[]> JsonLinesAsync(IEnumerable<ChildRecord> records) => WriteAsync(SubmissionFormatKind.JsonLines, records);

    /// <summary>The submission ID of a file: its SHA-256 in lower-case hex.</summary>
    public static string IdOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
