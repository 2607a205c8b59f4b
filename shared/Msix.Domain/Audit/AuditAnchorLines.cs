using System.Text;
using System.Text.Json;

namespace Msix.Domain.Audit;

/// <summary>
/// How sets of audit anchors are written down, in a file an administrator keeps or a blob of the archive alike:
/// one JSON object a line.
/// </summary>
public static class AuditAnchorLines
{
    /// <summary>The line of one anchor.</summary>
    public static string Line(AuditAnchor anchor) => JsonSerializer.Serialize(anchor, MsixJson.Options);

    /// <summary>The lines of <paramref name="anchors"/>, each ended by a line feed.</summary>
    public static string Text(IEnumerable<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var text = new StringBuilder();
        foreach (var anchor in anchors)
        {
            text.Append(Line(anchor)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The anchors of <paramref name="text"/>, read from <paramref name="source"/> (blank lines skipped). A line that
    /// is not an anchor with a journal (one of <paramref name="journals"/>, when given), a seal from 1 and a hash
    /// throws a <see cref="FormatException"/> naming the line and the source.
    /// </summary>
    public static IReadOnlyList<AuditAnchor> Parse(string text, string source, IReadOnlyList<string>? journals = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var anchors = new List<AuditAnchor>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            AuditAnchor? anchor;
            try
            {
                anchor = JsonSerializer.Deserialize<AuditAnchor>(lines[i], MsixJson.Options);
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {i + 1} of {source} is not an anchor: {e.Message}", e);
            }

            if (anchor is null || string.IsNullOrEmpty(anchor.Journal) || anchor.Seq < 1 || string.IsNullOrEmpty(anchor.Hash))
            {
                throw new FormatException($"line {i + 1} of {source} is not an anchor with a journal, a seal from 1 and its hash.");
            }

            if (journals is { Count: > 0 } && !journals.Contains(anchor.Journal, StringComparer.Ordinal))
            {
                throw new FormatException($"line {i + 1} of {source} anchors {anchor.Journal}, not one of the {journals.Count} journals ({journals[0]} to {journals[^1]}).");
            }

            anchors.Add(anchor);
        }

        return anchors;
    }
}
