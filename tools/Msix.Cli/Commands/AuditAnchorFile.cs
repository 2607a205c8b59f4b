using System.Text.Json;
using Msix.Domain;
using Msix.Domain.Audit;

namespace Msix.Cli.Commands;

/// <summary>
/// A file of audit anchors, one JSON object a line, added to each time <c>msix audit anchor --out</c> runs; the
/// latest anchor of each journal (the furthest seal) is the one a verification holds it to.
/// </summary>
internal static class AuditAnchorFile
{
    /// <summary>One anchor as its line.</summary>
    public static string Line(AuditAnchor anchor) => JsonSerializer.Serialize(anchor, MsixJson.Options);

    /// <summary>Adds <paramref name="anchors"/> at the end of <paramref name="path"/> (created when missing).</summary>
    public static async Task AppendAsync(string path, IEnumerable<AuditAnchor> anchors, CancellationToken cancellationToken) =>
        await File.AppendAllLinesAsync(path, anchors.Select(Line), cancellationToken);

    /// <summary>The anchors of <paramref name="path"/>; or why they cannot be used (which line, and what is wrong with it).</summary>
    public static async Task<(IReadOnlyList<AuditAnchor>? Anchors, string? Problem)> ReadAsync(string path, int journals, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, $"there is no file of anchors at {path}.");
        }

        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AuditAnchor? anchor;
            try
            {
                anchor = JsonSerializer.Deserialize<AuditAnchor>(line, MsixJson.Options);
            }
            catch (JsonException e)
            {
                return (null, $"line {number} of {path} is not an anchor: {e.Message}");
            }

            var known = Enumerable.Range(0, journals).Select(AuditSeal.JournalName);
            if (anchor is null || anchor.Seq < 1 || string.IsNullOrEmpty(anchor.Hash) || !known.Contains(anchor.Journal, StringComparer.Ordinal))
            {
                return (null, $"line {number} of {path} is not an anchor of one of the {journals} journals (seal:0 to seal:{journals - 1}) with a seal from 1 and its hash.");
            }

            anchors.Add(anchor);
        }

        return anchors.Count == 0 ? (null, $"{path} holds no anchors.") : (anchors, null);
    }
}
