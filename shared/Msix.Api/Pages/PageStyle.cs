namespace Msix.Api.Pages;

/// <summary>The style sheet of the printable pages: readable on screen, compact and black-and-white safe on paper.</summary>
internal static class PageStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.4; color: #111; background: #fff; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; }
        header { border-bottom: 3px solid #222; padding-bottom: .5rem; margin-bottom: 1rem; }
        h1 { font-size: 1.5rem; margin: 0; }
        h2 { font-size: 1.15rem; border-bottom: 1px solid #444; margin: 1.5rem 0 .5rem; padding-bottom: .1rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
        h4 { font-size: .95rem; margin: .6rem 0 .2rem; color: #333; }
        p { margin: .25rem 0; }
        .msix-id { font-size: 1.2rem; font-weight: 700; letter-spacing: .05em; }
        .meta, .source, .muted { color: #444; }
        .source { font-size: .85em; }
        .notice { border: 1px solid #888; padding: .35rem .6rem; font-size: .85em; margin-top: .5rem; }
        table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; }
        th, td { border: 1px solid #aaa; padding: .2rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        tbody th { font-weight: 600; width: 14rem; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        tr.disagree td { background: #fff3cd; }
        .differs { font-weight: 600; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #444; }
        tr.not-counted td { color: #555; font-style: italic; }
        @page { size: letter; margin: 1.5cm 1.2cm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          header { border-bottom-width: 2px; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          table { page-break-inside: auto; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          section.summary { break-inside: avoid; page-break-inside: avoid; }
        }
        """;

    /// <summary>What the report pages add to <see cref="Css"/>: the charts (inline SVG), kept whole on paper.</summary>
    public const string ReportCss = """
        svg.chart { display: block; max-width: 100%; height: auto; margin: .25rem 0 .75rem; }
        svg.chart text { font-family: inherit; }
        .definition { border-left: 3px solid #444; padding: .2rem .6rem; margin-top: .5rem; }
        section.state { margin-top: 1.25rem; }
        @media print {
          svg.chart { break-inside: avoid; page-break-inside: avoid; }
        }
        """;
}
