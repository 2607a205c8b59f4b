using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// What the report pages share: the HTML5 document around them (inline style sheet with print rules, a
/// Content-Security-Policy that allows nothing but that style sheet, no script, nothing loaded), the heading (report,
/// period, scope, when it was computed, what it counts), the scope of a State page, and small table helpers.
/// </summary>
internal static class ReportLayout
{
    /// <summary>The style sheet of the report pages, with LF line ends so its hash is the one browsers compute.</summary>
    public static readonly string Style = ("\n" + PageStyle.Css + "\n" + PageStyle.ReportCss + "\n").ReplaceLineEndings("\n");

    /// <summary>The CSP source of <see cref="Style"/>: "'sha256-…'".</summary>
    public static readonly string StyleSource = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))) + "'";

    /// <summary>The policy a page carries in its own meta element (frame-ancestors only works as a header).</summary>
    public static readonly string MetaPolicy = "default-src 'none'; style-src " + StyleSource + "; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// Opens the page: document head and the heading. <paramref name="definition"/> is HTML written by the page
    /// (a constant sentence), not data.
    /// </summary>
    public static StringBuilder Open(string report, string period, DateTimeOffset generatedAt, string? scope, string definition)
    {
        var where = scope is null ? "the nation" : StateName(scope);
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(E(MetaPolicy)).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>MSIX ").Append(E(report)).Append(' ').Append(E(period))
            .Append(scope is null ? "" : " \u2014 " + where).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>Migrant Student Information Exchange: ").Append(E(report)).Append(", ").Append(E(period)).Append("</h1>\n")
            .Append("<p class=\"meta\">Computed ").Append(Stamp(generatedAt.ToUniversalTime()))
            .Append(" &#xB7; scope: ").Append(scope is null ? "the nation (every State)" : where)
            .Append(" &#xB7; performance period ").Append(PeriodDates(period)).Append("</p>\n")
            .Append("<p class=\"definition\">").Append(definition).Append("</p>\n")
            .Append("</header>\n");
        return html;
    }

    /// <summary>Closes the page and returns it.</summary>
    public static string Close(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    /// <summary>The State a page is scoped to, upper-cased; null for the nation.</summary>
    public static string? Scope(string? state) => string.IsNullOrWhiteSpace(state) ? null : state.Trim().ToUpperInvariant();

    /// <summary>Whether a row of <paramref name="state"/> belongs on a page of <paramref name="scope"/>.</summary>
    public static bool InScope(string? scope, string state) => scope is null || string.Equals(scope, state, StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a section with its heading.</summary>
    public static void Section(StringBuilder html, string id, string heading) =>
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append("</h2>\n");

    public static void EndSection(StringBuilder html) => html.Append("</section>\n");

    /// <summary>Opens a table; a heading starting with "#" is a number column (right-aligned), the "#" not shown.</summary>
    public static void Table(StringBuilder html, params string[] headings)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var heading in headings)
        {
            html.Append(heading.StartsWith('#') ? "<th class=\"num\">" + E(heading[1..]) : "<th>" + E(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
    }

    public static void EndTable(StringBuilder html) => html.Append("</tbody>\n</table>\n");

    /// <summary>A number cell.</summary>
    public static string Num(string formatted) => "<td class=\"num\">" + formatted + "</td>";

    /// <summary>A text cell (<paramref name="html"/> already encoded).</summary>
    public static string Cell(string html) => "<td>" + html + "</td>";

    /// <summary>A muted sentence: why there is nothing to show, or how to read what is shown.</summary>
    public static void Note(StringBuilder html, string sentence) => html.Append("<p class=\"muted\">").Append(E(sentence)).Append("</p>\n");

    /// <summary>The part over the whole as a share, null when the whole is 0.</summary>
    public static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>"1 September 2025 through 31 August 2026" for "2025-2026"; the label itself when it is not one.</summary>
    private static string PeriodDates(string period)
    {
        var parts = period.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && end == start + 1 && start is > 1900 and < 9999
            ? E(string.Create(CultureInfo.InvariantCulture, $"1 September {start} through 31 August {end}"))
            : E(period);
    }
}
