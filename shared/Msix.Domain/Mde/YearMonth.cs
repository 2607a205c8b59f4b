using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Msix.Domain.Mde;

/// <summary>A month of a year, written "2025-04".</summary>
[JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new YearMonth(date.Year, date.Month);
            return true;
        }

        // The MDE's own MMYYYY form.
        if (text.Length == 6 && text.All(char.IsAsciiDigit) &&
            DateOnly.TryParseExact("01" + text, "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            value = new YearMonth(date.Year, date.Month);
            return true;
        }

        return false;
    }

    public DateOnly FirstDay => new(Year, Month, 1);

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Expected a month as yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
