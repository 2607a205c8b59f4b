using System.IO.Compression;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>One CSV file of a zip submission that passed the checks of the zip's directory.</summary>
internal sealed record ZipPlanEntry(SectionSpec Section, ZipArchiveEntry Entry)
{
    public string Name => Entry.FullName;
}
