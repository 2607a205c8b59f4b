namespace Msix.Domain.Submissions.Format;

/// <summary>How a field's text is read and checked.</summary>
public enum FieldKind
{
    /// <summary>Free text, trimmed; accents and ñ kept as sent.</summary>
    Text,

    /// <summary>Letters, digits and hyphens (State student IDs).</summary>
    Identifier,

    /// <summary>One code of the field's code set.</summary>
    Code,

    /// <summary>A calendar date: yyyy-MM-dd, or the MDE's yyyyMMdd.</summary>
    Date,

    /// <summary>A month: yyyy-MM, or the MDE's MMyyyy.</summary>
    Month,

    /// <summary>A date and time with its offset (ISO 8601), or a date meaning midnight UTC.</summary>
    Timestamp,

    /// <summary>Yes or no: Y, N, Yes, No, true, false (any case), or a JSON boolean.</summary>
    Boolean,

    /// <summary>A non-negative number such as 0.5.</summary>
    Number,

    /// <summary>A USPS State code (TX, CA, PR ...).</summary>
    State,

    /// <summary>An ISO 3166-1 alpha-2 country code (US, MX, GT ...).</summary>
    Country,

    /// <summary>A 12-digit NCES school ID.</summary>
    NcesSchoolId,

    /// <summary>A 7-digit NCES district ID.</summary>
    NcesDistrictId,

    /// <summary>A school year written 2025-2026.</summary>
    AcademicYear,

    /// <summary>A 12-digit MSIX ID with its check digit.</summary>
    MsixId,
}
