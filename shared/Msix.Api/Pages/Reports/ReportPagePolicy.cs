namespace Msix.Api.Pages.Reports;

/// <summary>
/// The Content-Security-Policy the report pages are written for: nothing may load or run, and the only style is the
/// page's own inline style sheet, allowed by its hash (the pages have no style attribute, no event handler, no script).
/// Each page also carries the policy in a meta element, so a saved copy keeps it.
/// </summary>
public static class ReportPagePolicy
{
    /// <summary>The header value to send with a report page.</summary>
    public static string ContentSecurityPolicy { get; } = ReportLayout.MetaPolicy + "; frame-ancestors 'none'";
}
