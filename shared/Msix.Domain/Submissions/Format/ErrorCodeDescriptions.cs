namespace Msix.Domain.Submissions.Format;

/// <summary>What each error code means, for the data dictionary. A test keeps it complete.</summary>
public static class ErrorCodeDescriptions
{
    /// <summary>Every code in the order the data dictionary lists it, with its level and meaning.</summary>
    public static IReadOnlyList<(string Code, string Level, string Meaning)> All { get; } =
    [
        (ErrorCodes.UnknownState, "file", "The file was dropped outside a State's folder (the folder name must be a State code such as TX)."),
        (ErrorCodes.EmptyFile, "file", "The file holds nothing (or only blank lines)."),
        (ErrorCodes.UnknownFormat, "file", "The content is neither a zip of CSV files nor JSON Lines (for example a single CSV file, a JSON array, or UTF-16 text)."),
        (ErrorCodes.FileTooLarge, "file", "The file is larger than the exchange accepts; split the submission."),
        (ErrorCodes.ZipCorrupt, "file", "The zip cannot be read, an entry is encrypted or uses an unsupported compression method, or an entry does not match its declared size or CRC-32 checksum."),
        (ErrorCodes.ZipUnsafePath, "file", "An entry's name is not a plain file name at the top of the zip: it is in a folder, or holds \"..\", an absolute path, a drive letter, a backslash or a control character."),
        (ErrorCodes.ZipTooLarge, "file", "The zip expands to more than the exchange accepts, or to more than the allowed multiple of its own size (a zip bomb). Checked on the declared sizes and again on the real bytes while decompressing."),
        (ErrorCodes.ZipUnknownEntry, "file", "The zip holds a file other than students.csv, moves.csv, enrollments.csv, health.csv, courses.csv and assessments.csv."),
        (ErrorCodes.ZipDuplicateEntry, "file", "The zip holds the same file twice (names are compared ignoring case)."),
        (ErrorCodes.ZipMissingEntry, "file", "The zip has no students.csv."),
        (ErrorCodes.CsvHeader, "file", "A CSV file's header row lacks a required column, names an unknown column, repeats a column, or cannot be read; the Field names the column."),
        (ErrorCodes.InvalidUtf8, "row", "The row is not valid UTF-8; save the file as UTF-8."),
        (ErrorCodes.MalformedRow, "row", "The row cannot be read: not valid JSON, cut short, a JSON property given twice, a CSV quote not closed or followed by text, or a CSV row with a different number of fields than its header."),
        (ErrorCodes.RowTooLong, "row", "The row is longer than the longest row allowed; it is skipped unread."),
        (ErrorCodes.UnknownField, "row", "A JSON property that is not a field of the submission (often a typo); the Field gives its path."),
        (ErrorCodes.RequiredFieldMissing, "field", "A required field is empty or missing (some fields are required only for an upsert, or only together with another field)."),
        (ErrorCodes.FieldTooLong, "field", "The value is longer than the field's maximum length."),
        (ErrorCodes.InvalidCode, "field", "The value is not a code of the field's code set (codes are read in any letter case), not a State or country code, or not a yes/no value."),
        (ErrorCodes.InvalidDate, "field", "The value is not a date (yyyy-MM-dd or yyyyMMdd), a month (yyyy-MM or MMyyyy) or a timestamp with its UTC offset."),
        (ErrorCodes.InvalidNumber, "field", "The value is not a number, or is negative."),
        (ErrorCodes.InvalidFormat, "field", "The value has the wrong form: an identifier with other characters than letters, digits and hyphens, an NCES ID of the wrong length, a school year that is not two consecutive years, or a JSON value of the wrong type."),
        (ErrorCodes.InvalidMsixId, "field", "The MSIX ID is not 12 digits."),
        (ErrorCodes.DateInFuture, "record", "A birth date or qualifying arrival date after today (anywhere on Earth), or an AsOf more than a day ahead."),
        (ErrorCodes.DateBeforeBirth, "record", "A date of the child's record (arrival, eligibility expiration, enrollment, withdrawal, residency, graduation, assessment) before the child's birth date."),
        (ErrorCodes.WithdrawalBeforeEnrollment, "record", "An enrollment's withdrawal date is before its enrollment date."),
        (ErrorCodes.ChildTooOld, "record", "The child had turned 22 by the record's AsOf date."),
        (ErrorCodes.NoQualifyingMove, "record", "An upsert has no qualifying move."),
        (ErrorCodes.UnknownChild, "record", "A row of a section file whose StateStudentId has no row in students.csv."),
        (ErrorCodes.UnknownEnrollment, "record", "A health.csv row that matches no enrollment of the child in enrollments.csv."),
        (ErrorCodes.DuplicateChild, "record", "The same StateStudentId on two rows of students.csv or two JSON lines; reported at each, and the child is rejected."),
        (ErrorCodes.DuplicateRow, "record", "The same section row twice for one child (the same key fields, listed with each section)."),
        (ErrorCodes.SectionsOnDelete, "record", "A delete that carries section rows; a delete needs only Action, AsOf and StateStudentId."),
        (ErrorCodes.ChildTooLarge, "record", "One child's rows together are larger than the longest row allowed (the largest record the exchange holds)."),
    ];
}
