using System.Globalization;

namespace Msix.Domain.Reports;

/// <summary>
/// A performance period of the Migrant Education Program: 1 September of <see cref="StartYear"/> through
/// 31 August of the year after, both days included. Labelled "2025-2026".
/// </summary>
/// <param name="StartYear">The year the period starts (on 1 September).</param>
public sealed record PerformancePeriod(int StartYear)
{
    /// <summary>1 September of the start year: the first day of the period.</summary>
    public DateOnly Start => new(StartYear, 9, 1);

    /// <summary>31 August of the year after: the last day of the period.</summary>
    public DateOnly End => new(StartYear + 1, 8, 31);

    /// <summary>"2025-2026".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{StartYear + 1}");

    /// <summary>The period that holds <paramref name="day"/>.</summary>
    public static PerformancePeriod Of(DateOnly day) => new(day.Month >= 9 ? day.Year : day.Year - 1);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Reads "2025-2026" or "2025" (the start year); false for anything else.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PerformancePeriod? period)
    {
        period = null;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length is < 1 or > 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start is < 1900 or > 2999 ||
            (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end != start + 1)))
        {
            return false;
        }

        period = new PerformancePeriod(start);
        return true;
    }

    public override string ToString() => Label;
}
