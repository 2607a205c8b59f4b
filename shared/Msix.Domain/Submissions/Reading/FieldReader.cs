using System.Globalization;
using System.Text;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Reads and checks one field of a row by its <see cref="FieldSpec"/>: trimmed, required or not (a delete
/// needs only the fields required always), no longer than its maximum, and of its kind (code, date, month,
/// timestamp, boolean, number, identifier, State, country, NCES ID, school year, MSIX ID). Text keeps
/// accents and ñ exactly; a value starting with = + - @ is ordinary text. A bad value is reported with its
/// excerpt and read as absent; the row's child is then rejected.
/// </summary>
internal sealed class FieldReader(ChildErrors errors)
{
    private readonly StringCache _strings = new();

    private const NumberStyles NumberStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent;

    private string? _known;
    private ReadOnlyMemory<byte> _knownBytes;

    /// <summary>
    /// A string the child's rows are known to hold (its StateStudentId, by which its rows were grouped) with
    /// its UTF-8 bytes: an identifier with those bytes is given that string instead of a copy.
    /// </summary>
    public void Know(string? text, ReadOnlyMemory<byte> utf8) => (_known, _knownBytes) = (text, utf8);

    /// <summary>True while the row's child is a delete: then only the fields required always are required.</summary>
    public bool IsDelete { get; set; }

    public string? Text(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        var spec = row.Spec(field);
        switch (spec.Kind)
        {
            case FieldKind.Text:
                if (value.Length <= spec.MaxLength && IsPlainEdge(value[0]) && IsPlainEdge(value[^1]))
                {
                    // Nothing to trim, and no longer than allowed (a value has no more characters than bytes):
                    // the string need not be looked at.
                    return _strings.Get(value);
                }

                var text = _strings.Get(value).Trim();
                if (text.Length == 0)
                {
                    Missing(row, field);
                    return null;
                }

                return text.Length <= spec.MaxLength ? text : TooLong(row, field, text);
            case FieldKind.Identifier:
                if (value.Length > spec.MaxLength)
                {
                    return TooLong(row, field, Encoding.UTF8.GetString(value));
                }

                return !IsIdentifier(value) ? Invalid(row, field, value, ErrorCodes.InvalidFormat, "may hold only letters A-Z, digits and hyphens")
                    : _known is { } known && value.SequenceEqual(_knownBytes.Span) ? known
                    : Encoding.UTF8.GetString(value);
            case FieldKind.State:
                var state = _strings.Get(value);
                return UsStates.IsState(state) ? Upper(state)
                    : Invalid(row, field, value, ErrorCodes.InvalidCode, "is not a USPS State code (TX, CA, PR ...)");
            case FieldKind.Country:
                var country = _strings.Get(value);
                return Countries.IsCountry(country) ? Upper(country)
                    : Invalid(row, field, value, ErrorCodes.InvalidCode, "is not an ISO 3166-1 two-letter country code (US, MX, GT ...)");
            case FieldKind.NcesSchoolId:
                return IsDigits(value, 12) ? _strings.Get(value)
                    : Invalid(row, field, value, ErrorCodes.InvalidFormat, "is not an NCES school ID (12 digits)");
            case FieldKind.NcesDistrictId:
                return IsDigits(value, 7) ? _strings.Get(value)
                    : Invalid(row, field, value, ErrorCodes.InvalidFormat, "is not an NCES district ID (7 digits)");
            case FieldKind.AcademicYear:
                return IsAcademicYear(value) ? _strings.Get(value)
                    : Invalid(row, field, value, ErrorCodes.InvalidFormat, "is not a school year written as two consecutive years, such as 2025-2026");
            case FieldKind.MsixId:
                return IsDigits(value, 12) ? Encoding.UTF8.GetString(value)
                    : Invalid(row, field, value, ErrorCodes.InvalidMsixId, "is not an MSIX ID (12 digits)");
            default:
                throw new InvalidOperationException($"{spec.Name} is not read as text.");
        }
    }

    public T? Code<T>(RowData row, int field)
        where T : struct, Enum
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        if (CodeTable<T>.TryParse(value, out var code))
        {
            return code;
        }

        Invalid(row, field, value, ErrorCodes.InvalidCode, $"is not a code of {CodeSet<T>.Name}; use one of {CodeTable<T>.Listing}");
        return null;
    }

    public DateOnly? Date(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        if (TryDate(value, out var date))
        {
            return date;
        }

        Invalid(row, field, value, ErrorCodes.InvalidDate, "is not a date; write yyyy-MM-dd (or yyyyMMdd)");
        return null;
    }

    public YearMonth? Month(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        if (TryMonth(value, out var month))
        {
            return month;
        }

        Invalid(row, field, value, ErrorCodes.InvalidDate, "is not a month; write yyyy-MM (or MMyyyy)");
        return null;
    }

    public DateTimeOffset? Timestamp(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        if (TryTimestamp(value, out var timestamp))
        {
            return timestamp;
        }

        Invalid(row, field, value, ErrorCodes.InvalidDate,
            "is not a date and time with its UTC offset; write it as 2026-10-01T08:30:00-05:00 or 2026-10-01T13:30:00Z (a bare date means midnight UTC)");
        return null;
    }

    public bool? Boolean(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        if (value.Length == 1)
        {
            // The usual Y or N, without the comparisons below.
            switch (value[0] | 0x20)
            {
                case 'y':
                    return true;
                case 'n':
                    return false;
            }
        }
        else if (Ascii.EqualsIgnoreCase(value, "Yes"u8) || Ascii.EqualsIgnoreCase(value, "true"u8))
        {
            return true;
        }
        else if (Ascii.EqualsIgnoreCase(value, "No"u8) || Ascii.EqualsIgnoreCase(value, "false"u8))
        {
            return false;
        }

        Invalid(row, field, value, ErrorCodes.InvalidCode, "is not yes or no; write Y or N (Yes, No, true and false are read too)");
        return null;
    }

    public decimal? Number(RowData row, int field)
    {
        if (!Present(row, field, out var value))
        {
            return null;
        }

        var spec = row.Spec(field);
        if (value.Length > spec.MaxLength)
        {
            TooLong(row, field, Encoding.UTF8.GetString(value));
            return null;
        }

        if (!TryPlainNumber(value, out var number) && !decimal.TryParse(value, NumberStyle, CultureInfo.InvariantCulture, out number))
        {
            Invalid(row, field, value, ErrorCodes.InvalidNumber, "is not a number; write it like 1 or 0.5");
            return null;
        }

        if (number < 0)
        {
            Invalid(row, field, value, ErrorCodes.InvalidNumber, "is negative; it must be zero or more");
            return null;
        }

        return number;
    }

    /// <summary>
    /// Reads the usual form of a number, digits with at most one decimal point ("1", "0.5", "120.25"), without
    /// the general parser; gives the same value and scale as <see cref="decimal.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out decimal)"/>.
    /// False for anything else (signs, exponents, more than 18 digits), which the general parser then reads.
    /// </summary>
    internal static bool TryPlainNumber(ReadOnlySpan<byte> text, out decimal number)
    {
        number = 0;
        if (text.IsEmpty || text.Length > 18)
        {
            return false;
        }

        var mantissa = 0L;
        var scale = -1;
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == '.')
            {
                if (scale >= 0)
                {
                    return false;
                }

                scale = 0;
                continue;
            }

            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            digits++;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        number = new decimal((int)mantissa, (int)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    internal static bool TryDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            year = Digits(text[..4]);
            month = Digits(text[5..7]);
            day = Digits(text[8..10]);
        }
        else if (text.Length == 8)
        {
            year = Digits(text[..4]);
            month = Digits(text[4..6]);
            day = Digits(text[6..8]);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    internal static bool TryMonth(ReadOnlySpan<byte> text, out YearMonth month)
    {
        month = default;
        int y, m;
        if (text.Length == 7 && text[4] == '-')
        {
            y = Digits(text[..4]);
            m = Digits(text[5..7]);
        }
        else if (text.Length == 6)
        {
            m = Digits(text[..2]);
            y = Digits(text[2..6]);
        }
        else
        {
            return false;
        }

        if (y < 1 || m is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(y, m);
        return true;
    }

    /// <summary>
    /// Reads an ISO 8601 date and time with its UTC offset: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> followed by
    /// <c>Z</c>, <c>+HH:mm</c> or <c>-HH:mm</c> (the letters in either case); or a bare date, meaning midnight UTC.
    /// </summary>
    internal static bool TryTimestamp(ReadOnlySpan<byte> text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (TryDate(text, out var date))
        {
            timestamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (text.Length < 17 || (text[10] | 0x20) != 't' || !TryDate(text[..10], out date))
        {
            return false;
        }

        var hour = Digits(text.Slice(11, 2));
        var minute = text[13] == ':' ? Digits(text.Slice(14, 2)) : -1;
        var second = 0;
        var ticks = 0L;
        var at = 16;
        if (at < text.Length && text[at] == ':')
        {
            if (text.Length < at + 3)
            {
                return false;
            }

            second = Digits(text.Slice(at + 1, 2));
            at += 3;
            if (at < text.Length && text[at] == '.')
            {
                var start = ++at;
                while (at < text.Length && char.IsAsciiDigit((char)text[at]))
                {
                    if (at - start < 7)
                    {
                        ticks = (ticks * 10) + (text[at] - '0');
                    }

                    at++;
                }

                if (at == start)
                {
                    return false;
                }

                for (var scale = at - start; scale < 7; scale++)
                {
                    ticks *= 10;
                }
            }
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || !TryOffset(text[at..], out var offset))
        {
            return false;
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(ticks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        timestamp = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1 && (text[0] | 0x20) == 'z')
        {
            return true;
        }

        if (text.Length != 6 || text[0] is not ((byte)'+' or (byte)'-') || text[3] != ':')
        {
            return false;
        }

        var hours = Digits(text.Slice(1, 2));
        var minutes = Digits(text.Slice(4, 2));
        if (hours is < 0 or > 14 || minutes is < 0 or > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private string Upper(string code) => code.AsSpan().ContainsAnyInRange('a', 'z') ? _strings.Get(Encoding.UTF8.GetBytes(code.ToUpperInvariant())) : code;

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text, int length) =>
        text.Length == length && text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    private static bool IsIdentifier(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcademicYear(ReadOnlySpan<byte> text)
    {
        if (text.Length != 9 || text[4] != '-')
        {
            return false;
        }

        var first = Digits(text[..4]);
        var second = Digits(text[5..]);
        return first > 0 && second == first + 1;
    }

    private bool Present(RowData row, int field, out ReadOnlySpan<byte> value)
    {
        value = Trim(row.Value(field));
        if (!value.IsEmpty)
        {
            return true;
        }

        Missing(row, field);
        return false;
    }

    /// <summary>The value without the spaces, tabs and line breaks around it.</summary>
    internal static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> value)
    {
        // Most values have nothing to trim: look at both ends first.
        if (value.IsEmpty || (!IsBlank(value[0]) && !IsBlank(value[^1])))
        {
            return value;
        }

        var start = 0;
        while (start < value.Length && IsBlank(value[start]))
        {
            start++;
        }

        var end = value.Length;
        while (end > start && IsBlank(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>True for a printable ASCII character other than a space: no white space, at an end of a value, to trim.</summary>
    private static bool IsPlainEdge(byte b) => b is > 0x20 and < 0x7F;

    private static bool IsBlank(byte b) => b <= ' ' && (b == ' ' || b == '\t' || b == '\r' || b == '\n');

    private void Missing(RowData row, int field)
    {
        var spec = row.Spec(field);
        if (spec.IsRequired(IsDelete))
        {
            errors.Add(row, field, ErrorCodes.RequiredFieldMissing,
                spec.Requirement == FieldRequirement.Upsert ? $"{row.Label(field)} is required for an upsert." : $"{row.Label(field)} is required.");
        }
    }

    private string? TooLong(RowData row, int field, string text)
    {
        var spec = row.Spec(field);
        errors.Add(row, field, ErrorCodes.FieldTooLong,
            $"{row.Label(field)} is {text.Length:N0} characters long; the most allowed is {spec.MaxLength}.", text);
        return null;
    }

    private string? Invalid(RowData row, int field, ReadOnlySpan<byte> value, string code, string problem)
    {
        var shown = Shown(value);
        errors.Add(row, field, code, $"{row.Label(field)} \"{SubmissionError.Excerpt(shown)}\" {problem}.", shown);
        return null;
    }

    /// <summary>A value as an error shows it: decoded, and never more than an excerpt's worth of bytes.</summary>
    private static string Shown(ReadOnlySpan<byte> value) =>
        Encoding.UTF8.GetString(value[..Math.Min(value.Length, 4 * (SubmissionError.MaxValueLength + 1))]);
}
