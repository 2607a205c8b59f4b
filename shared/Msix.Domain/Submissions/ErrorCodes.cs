namespace Msix.Domain.Submissions;

/// <summary>
/// The stable codes of submission errors. States build their checks on them: never rename one.
/// File-level codes reject the whole submission (nothing is stored); row-level codes reject the child.
/// </summary>
public static class ErrorCodes
{
    // File level
    public const string UnknownState = "UNKNOWN_STATE";
    public const string EmptyFile = "EMPTY_FILE";
    public const string UnknownFormat = "UNKNOWN_FORMAT";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string ZipCorrupt = "ZIP_CORRUPT";
    public const string ZipUnsafePath = "ZIP_UNSAFE_PATH";
    public const string ZipTooLarge = "ZIP_TOO_LARGE";
    public const string ZipUnknownEntry = "ZIP_UNKNOWN_ENTRY";
    public const string ZipDuplicateEntry = "ZIP_DUPLICATE_ENTRY";
    public const string ZipMissingEntry = "ZIP_MISSING_ENTRY";
    public const string CsvHeader = "CSV_HEADER";

    // Row level: the row cannot be read
    public const string InvalidUtf8 = "INVALID_UTF8";
    public const string MalformedRow = "MALFORMED_ROW";
    public const string RowTooLong = "ROW_TOO_LONG";
    public const string UnknownField = "UNKNOWN_FIELD";

    // Field level
    public const string RequiredFieldMissing = "REQUIRED_FIELD_MISSING";
    public const string FieldTooLong = "FIELD_TOO_LONG";
    public const string InvalidCode = "INVALID_CODE";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidNumber = "INVALID_NUMBER";
    public const string InvalidFormat = "INVALID_FORMAT";
    public const string InvalidMsixId = "INVALID_MSIX_ID";

    // Record level: the values cannot all be true
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string DateBeforeBirth = "DATE_BEFORE_BIRTH";
    public const string WithdrawalBeforeEnrollment = "WITHDRAWAL_BEFORE_ENROLLMENT";
    public const string ChildTooOld = "CHILD_TOO_OLD";
    public const string NoQualifyingMove = "NO_QUALIFYING_MOVE";
    public const string UnknownChild = "UNKNOWN_CHILD";
    public const string UnknownEnrollment = "UNKNOWN_ENROLLMENT";
    public const string DuplicateChild = "DUPLICATE_CHILD";
    public const string DuplicateRow = "DUPLICATE_ROW";
    public const string SectionsOnDelete = "SECTIONS_ON_DELETE";

    /// <summary>One child's rows together exceed the largest record the exchange holds (the longest row allowed).</summary>
    public const string ChildTooLarge = "CHILD_TOO_LARGE";
}
