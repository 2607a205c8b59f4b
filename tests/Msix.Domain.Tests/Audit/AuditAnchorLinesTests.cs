using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditAnchorLinesTests
{
    private static readonly AuditAnchor[] Anchors =
    [
        new("seal:0", 6, "aa01", AuditTestbed.Now.ToUniversalTime()),
        new("seal:3", 2, "bb02", AuditTestbed.Now.ToUniversalTime()),
    ];

    [Fact]
    public void Anchors_written_as_lines_read_back_the_same_blank_lines_skipped()
    {
        var text = AuditAnchorLines.Text(Anchors);

        Assert.Equal(2, text.Count(c => c == '\n'));
        Assert.Equal(Anchors, AuditAnchorLines.Parse("\n" + text + "\n", "a file"));
    }

    [Theory]
    [InlineData("not json", "line 2 of a file is not an anchor:")]
    [InlineData("{\"journal\":\"seal:1\",\"seq\":0,\"hash\":\"cc\",\"anchoredAt\":\"2026-11-27T05:30:00Z\"}", "line 2 of a file is not an anchor with a journal, a seal from 1 and its hash.")]
    [InlineData("{\"journal\":\"seal:9\",\"seq\":3,\"hash\":\"cc\",\"anchoredAt\":\"2026-11-27T05:30:00Z\"}", "line 2 of a file anchors seal:9, not one of the 4 journals (seal:0 to seal:3).")]
    public void A_line_that_is_not_an_anchor_of_a_known_journal_is_named(string line, string message)
    {
        var text = AuditAnchorLines.Line(Anchors[0]) + "\n" + line + "\n";

        var failure = Assert.Throws<FormatException>(() => AuditAnchorLines.Parse(text, "a file", ["seal:0", "seal:1", "seal:2", "seal:3"]));

        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
    }
}
