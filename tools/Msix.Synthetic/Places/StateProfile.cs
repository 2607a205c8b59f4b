namespace Msix.Synthetic.Places;

/// <summary>
/// What differs from one State to the next in its records: the form of its student IDs, its clock, its
/// school calendar, its tests and grading, and the towns where migratory families live and work.
/// </summary>
/// <param name="Fips">The two-digit FIPS code that starts the State's NCES district and school IDs.</param>
/// <param name="StudentIdPrefix">The letters in front of the State's student ID (may be empty).</param>
/// <param name="StudentIdDigits">How many digits follow them.</param>
/// <param name="UtcOffset">The State's standard time offset, stamped on AsOf.</param>
/// <param name="StartsAfterLaborDay">School starts in September (else in mid-August); summer programs run later.</param>
/// <param name="StateTest">The name of the State's assessment program (STAAR, M-STEP ...).</param>
/// <param name="EnglishProficiencyTest">The State's English language proficiency assessment.</param>
/// <param name="FullYearCourses">Courses last the whole year for 1 credit (else semesters of 0.5).</param>
/// <param name="NumericGrades">Final grades are numbers (88) rather than letters (B+).</param>
/// <param name="Towns">Towns with their school district's name.</param>
internal sealed record StateProfile(
    string Code,
    string Fips,
    string StudentIdPrefix,
    int StudentIdDigits,
    TimeSpan UtcOffset,
    bool StartsAfterLaborDay,
    string StateTest,
    string EnglishProficiencyTest,
    bool FullYearCourses,
    bool NumericGrades,
    IReadOnlyList<Town> Towns);
