using Msix.Domain.Audit;

namespace Msix.Cli.Commands;

/// <summary>
/// A file of audit anchors (<see cref="AuditAnchorLines"/>), added to each time <c>msix audit anchor --out</c> runs;
/// the latest anchor of each journal (the furthest seal) is the one a verification holds it to.
/// </summary>
internal static class AuditAnchorFile
{
    /// <summary>Adds <paramref name="anchors"/> at the end of <paramref name="path"/> (created when missing).</summary>
    public static Task AppendAsync(string path, IEnumerable<AuditAnchor> anchors, CancellationToken cancellationToken) =>
        File.AppendAllTextAsync(path, AuditAnchorLines.Text(anchors), cancellationToken);

    /// <summary>The anchors of <paramref name="path"/>; or why they cannot be used (which line, and what is wrong with it).</summary>
    public static async Task<(IReadOnlyList<AuditAnchor>? Anchors, string? Problem)> ReadAsync(string path, int journals, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, $"there is no file of anchors at {path}.");
        }

        IReadOnlyList<AuditAnchor> anchors;
        try
        {
            anchors = AuditAnchorLines.Parse(await File.ReadAllTextAsync(path, cancellationToken), path, [.. Enumerable.Range(0, journals).Select(AuditSeal.JournalName)]);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }

        return anchors.Count == 0 ? (null, $"{path} holds no anchors.") : (anchors, null);
    }
}
