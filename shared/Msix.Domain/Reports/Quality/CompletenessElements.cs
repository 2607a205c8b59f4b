using Msix.Domain.Mde;

namespace Msix.Domain.Reports.Quality;

/// <summary>One MDE whose completeness the data-quality report measures, and whether a State's record carries it.</summary>
/// <param name="Name">The MDE's name as the MDE list names it.</param>
/// <param name="Carries">Whether a record carries it.</param>
internal sealed record CompletenessElement(string Name, Func<ChildRecord, bool> Carries);

/// <summary>
/// The optional MDEs the data-quality report measures, in the report's fixed order: the demographic elements a
/// State may leave empty; the enrolment elements, carried when at least one enrolment of the record carries them;
/// the Qualifying Arrival Date (at least one qualifying move) and the Course History (at least one course).
/// Required elements (names, birth date, sex, enrolment date …) are not measured: a record without them is
/// rejected. A text counts when it is not blank; a code, date or Yes/No when it is given.
/// </summary>
internal static class CompletenessElements
{
    public static IReadOnlyList<CompletenessElement> All { get; } =
    [
        Demographic("Middle Name", d => Given(d.MiddleName)),
        Demographic("Last Name 2", d => Given(d.LastName2)),
        Demographic("Birth Date Verification", d => d.BirthDateVerification is not null),
        Demographic("Birth City", d => Given(d.BirthCity)),
        Demographic("Birth State", d => Given(d.BirthState)),
        Demographic("Birth Country", d => Given(d.BirthCountry)),
        Demographic("Parent 1 First Name", d => Given(d.Parent1FirstName)),
        Demographic("Parent 1 Last Name", d => Given(d.Parent1LastName)),
        Demographic("Parent 2 First Name", d => Given(d.Parent2FirstName)),
        Demographic("Parent 2 Last Name", d => Given(d.Parent2LastName)),
        Demographic("Alternate State Student ID", d => d.AlternateStateStudentIds.Count > 0),
        Enrolment("School ID", e => Given(e.SchoolId)),
        Enrolment("School District ID", e => Given(e.SchoolDistrictId)),
        Enrolment("Residency Date", e => e.ResidencyDate is not null),
        Enrolment("English Learner Indicator", e => e.EnglishLearnerIndicator is not null),
        Enrolment("IDEA Indicator", e => e.IdeaIndicator is not null),
        Enrolment("Medical Alert Indicator", e => e.MedicalAlertIndicator is not null),
        Enrolment("Immunization Record Flag", e => e.ImmunizationRecordFlag is not null),
        new("Qualifying Arrival Date", r => r.QualifyingMoves.Count > 0),
        new("Course History", r => r.Courses.Count > 0),
    ];

    private static CompletenessElement Demographic(string name, Func<Demographics, bool> carries) =>
        new(name, r => r.Demographics is { } d && carries(d));

    private static CompletenessElement Enrolment(string name, Func<Enrollment, bool> carries) =>
        new(name, r => r.Enrollments.Any(carries));

    private static bool Given(string? text) => !string.IsNullOrWhiteSpace(text);
}
