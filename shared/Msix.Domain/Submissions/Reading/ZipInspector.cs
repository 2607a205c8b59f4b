using System.IO.Compression;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Checks a zip's directory before anything is decompressed: every entry must be one of the known CSV
/// files at the top level (no folders, no "..", no absolute paths, drive letters or backslashes), none twice,
/// students.csv present, nothing encrypted, and the declared sizes within the limits.
/// </summary>
internal static class ZipInspector
{
    private const int MaxEntryErrors = 20;

    /// <summary>The entries to read, students.csv first; null after reporting the zip's errors.</summary>
    public static IReadOnlyList<ZipPlanEntry>? Inspect(ZipArchive zip, string fileName, long fileLength, SubmissionLimits limits, SubmissionErrorLog errors)
    {
        var plan = new List<ZipPlanEntry>();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var entryErrors = 0;
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            var name = entry.FullName;
            var problem = Check(entry, byName, out var code, out var section);
            if (problem is not null)
            {
                if (++entryErrors <= MaxEntryErrors)
                {
                    errors.Add(new SubmissionError(Shown(name), 0, "", code, problem));
                }

                continue;
            }

            byName[name] = name;
            plan.Add(new ZipPlanEntry(section!, entry));
        }

        if (entryErrors > MaxEntryErrors)
        {
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.ZipUnknownEntry,
                $"The zip holds {zip.Entries.Count:N0} entries, {entryErrors:N0} of them wrong; only the first {MaxEntryErrors} are listed."));
        }

        if (!byName.ContainsKey(SubmissionSchema.Student.CsvFileName) && entryErrors == 0)
        {
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.ZipMissingEntry,
                $"The zip has no {SubmissionSchema.Student.CsvFileName}; every zip submission needs it (the other files are optional)."));
            entryErrors++;
        }

        var ratioLimit = (double)limits.MaxZipExpansionRatio * Math.Max(fileLength, 1);
        if (declared > limits.MaxZipExpandedBytes)
        {
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.ZipTooLarge,
                $"The zip's files add up to {declared:N0} bytes; the most accepted is {limits.MaxZipExpandedBytes:N0}. Split the submission."));
            entryErrors++;
        }
        else if (declared > ratioLimit)
        {
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.ZipTooLarge,
                $"The zip's files add up to {declared:N0} bytes, more than {limits.MaxZipExpansionRatio} times the zip's own size: rejected as a possible zip bomb."));
            entryErrors++;
        }

        return entryErrors > 0 ? null : [.. plan.OrderBy(p => SubmissionSchema.CsvFiles.ToList().IndexOf(p.Section))];
    }

    /// <summary>The largest number of bytes the zip may really expand to.</summary>
    public static long ExpansionBudget(long fileLength, SubmissionLimits limits) =>
        (long)Math.Min(limits.MaxZipExpandedBytes, (double)limits.MaxZipExpansionRatio * Math.Max(fileLength, 1));

    private static string? Check(ZipArchiveEntry entry, Dictionary<string, string> seen, out string code, out SectionSpec? section)
    {
        var name = entry.FullName;
        section = null;
        code = ErrorCodes.ZipUnsafePath;
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || name[0] is '/' or '\\' ||
            name.Contains(':', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return "The entry's name is not a plain file name (\"..\", an absolute path, a drive letter, a backslash or a control character): rejected as unsafe.";
        }

        if (name.Contains('/', StringComparison.Ordinal))
        {
            return "The entry is in a folder: put the CSV files at the top of the zip (zip the files, not their folder).";
        }

        code = ErrorCodes.ZipUnknownEntry;
        section = SubmissionSchema.CsvFiles.FirstOrDefault(s => string.Equals(s.CsvFileName, name, StringComparison.OrdinalIgnoreCase));
        if (section is null)
        {
            return $"The zip may hold only {string.Join(", ", SubmissionSchema.CsvFiles.Select(s => s.CsvFileName))}.";
        }

        if (seen.ContainsKey(name))
        {
            code = ErrorCodes.ZipDuplicateEntry;
            return $"The zip holds {section.CsvFileName} more than once.";
        }

        if (entry.IsEncrypted)
        {
            code = ErrorCodes.ZipCorrupt;
            return "The entry is encrypted; the zip must not be password-protected.";
        }

        return null;
    }

    private static string Shown(string name) => SubmissionError.Excerpt(name.Length == 0 ? "(no name)" : new string([.. name.Select(c => char.IsControl(c) ? '?' : c)]))!;
}
