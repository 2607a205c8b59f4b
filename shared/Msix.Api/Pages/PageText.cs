using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Msix.Domain.Mde;

namespace Msix.Api.Pages;

/// <summary>How values are written on a page: always HTML-encoded, dates and numbers in one invariant form, codes with their meaning.</summary>
internal static class PageText
{
    // Encodes what HTML gives meaning to (< > & ' " and a few more), and leaves accented letters as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, HTML-encoded; empty for null.</summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>The text, HTML-encoded; a dash when there is none.</summary>
    public static string OrDash(string? text) => string.IsNullOrWhiteSpace(text) ? "&#x2014;" : E(text);

    public static string Date(DateOnly date) => E(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "&#x2014;";

    /// <summary>A moment in the offset it was given, as "2026-10-01 12:00 UTC" or "2026-10-01 07:00 UTC-05:00".</summary>
    public static string Stamp(DateTimeOffset moment)
    {
        var offset = moment.Offset == TimeSpan.Zero
            ? ""
            : (moment.Offset < TimeSpan.Zero ? "-" : "+") + moment.Offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return E(moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" + offset);
    }

    /// <summary>The date part of a moment, as "2026-10-01".</summary>
    public static string Day(DateTimeOffset moment) => E(moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Credits(decimal? credits) =>
        credits is { } c ? E(c.ToString("0.###", CultureInfo.InvariantCulture)) : "&#x2014;";

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "&#x2014;" };

    /// <summary>What a code means, as the data dictionary says it ("Semester").</summary>
    public static string Meaning<T>(T value)
        where T : struct, Enum =>
        E(CodeSet<T>.Entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Meaning);

    /// <summary>A code's meaning with the code ("Ninth grade (09)").</summary>
    public static string MeaningAndCode<T>(T value)
        where T : struct, Enum =>
        Meaning(value) + " (" + Code(value) + ")";

    /// <summary>The code a State sends ("09", "Chronic").</summary>
    public static string Code<T>(T value)
        where T : struct, Enum =>
        E(CodeSet<T>.CodeOf(value));

    /// <summary>"TX, 2026-10-01": the State and the date of its record.</summary>
    public static string Source(string state, DateTimeOffset asOf) => E(state) + ", " + Day(asOf);

    /// <summary>A count with invariant thousands separators, as "12,345".</summary>
    public static string Number(long value) => E(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>
    /// A share (0 to 1) as a percentage with one decimal, "87.5%". A share above 0 never shows as "0.0%" ("&lt;0.1%")
    /// and a share below 1 never as "100.0%" ("&gt;99.9%"); a dash for a missing or non-finite share.
    /// </summary>
    public static string Percent(double? share)
    {
        if (share is not { } s || !double.IsFinite(s))
        {
            return "&#x2014;";
        }

        var tenths = Math.Round(s * 1000, MidpointRounding.AwayFromZero);
        var text = s > 0 && tenths <= 0 ? "<0.1%"
            : s < 1 && tenths >= 1000 ? ">99.9%"
            : (tenths / 10).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return E(text);
    }

    /// <summary>"Texas (TX)" for a State code; the code itself for anything else.</summary>
    public static string StateName(string code) =>
        E(UsStates.IsState(code) ? UsStates.NameOf(code) + " (" + code + ")" : code);
}
