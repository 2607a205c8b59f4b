using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Msix.Domain.Mde;

/// <summary>What a State asks the exchange to do with its record of one child.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordAction>))]
public enum RecordAction
{
    [JsonStringEnumMemberName("upsert"), Description("Insert the State's record of the child, or replace it with this newer one")]
    Upsert,

    [JsonStringEnumMemberName("delete"), Description("Withdraw the State's record of the child: removes this State's contribution and nothing else")]
    Delete,
}

/// <summary>MDE State Student Identifier Type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StateStudentIdType>))]
public enum StateStudentIdType
{
    [JsonStringEnumMemberName("01"), Description("State-assigned unique student identifier")]
    StateAssigned,

    [JsonStringEnumMemberName("02"), Description("State MEP-assigned unique student identifier")]
    StateMepAssigned,

    [JsonStringEnumMemberName("03"), Description("Other identifier assigned by the State")]
    Other,
}

/// <summary>MDE Sex (2023 revision: Nonbinary replaced Other).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    [JsonStringEnumMemberName("F"), Description("Female")]
    Female,

    [JsonStringEnumMemberName("M"), Description("Male")]
    Male,

    [JsonStringEnumMemberName("X"), Description("Nonbinary: not exclusively male or female")]
    Nonbinary,
}

/// <summary>MDE Birth Date Verification (NCES evidence codes).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BirthDateVerification>))]
public enum BirthDateVerification
{
    [JsonStringEnumMemberName("1003"), Description("Baptismal or church certificate")]
    BaptismalOrChurchCertificate,

    [JsonStringEnumMemberName("1004"), Description("Birth certificate")]
    BirthCertificate,

    [JsonStringEnumMemberName("1005"), Description("Entry in family Bible")]
    FamilyBible,

    [JsonStringEnumMemberName("1006"), Description("Hospital certificate")]
    HospitalCertificate,

    [JsonStringEnumMemberName("1007"), Description("Parent's affidavit")]
    ParentsAffidavit,

    [JsonStringEnumMemberName("1008"), Description("Passport")]
    Passport,

    [JsonStringEnumMemberName("1009"), Description("Physician's certificate")]
    PhysiciansCertificate,

    [JsonStringEnumMemberName("1010"), Description("Previously verified school records")]
    PreviouslyVerifiedSchoolRecords,

    [JsonStringEnumMemberName("1011"), Description("State-issued ID")]
    StateIssuedId,

    [JsonStringEnumMemberName("1012"), Description("Driver's license")]
    DriversLicense,

    [JsonStringEnumMemberName("1013"), Description("Immigration document or visa")]
    ImmigrationDocument,

    [JsonStringEnumMemberName("2382"), Description("Life insurance policy")]
    LifeInsurancePolicy,

    [JsonStringEnumMemberName("3423"), Description("Other official document")]
    OtherOfficialDocument,

    [JsonStringEnumMemberName("3424"), Description("Other non-official document")]
    OtherNonOfficialDocument,

    [JsonStringEnumMemberName("9999"), Description("Other")]
    Other,
}

/// <summary>MDE Continuation of Services Reason.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContinuationOfServicesReason>))]
public enum ContinuationOfServicesReason
{
    [JsonStringEnumMemberName("01"), Description("The child ceased to be migratory during the school term; services continue to the end of the term")]
    CeasedMigratoryDuringTerm,

    [JsonStringEnumMemberName("02"), Description("The child ceased to be migratory and no comparable services are available")]
    NoComparableServices,

    [JsonStringEnumMemberName("03"), Description("A previously migratory secondary student continuing through credit accrual to graduation")]
    SecondaryCreditAccrual,
}

/// <summary>CEDS MEP Enrollment Type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MepEnrollmentType>))]
public enum MepEnrollmentType
{
    [JsonStringEnumMemberName("01"), Description("Basic school program")]
    BasicSchoolProgram,

    [JsonStringEnumMemberName("02"), Description("Regular-term MEP-funded project")]
    RegularTermMepProject,

    [JsonStringEnumMemberName("03"), Description("Summer or intersession MEP-funded project")]
    SummerIntersessionMepProject,

    [JsonStringEnumMemberName("04"), Description("Year-round MEP-funded project")]
    YearRoundMepProject,

    [JsonStringEnumMemberName("05"), Description("Basic school program and regular-term MEP-funded project")]
    BasicSchoolAndRegularTermMepProject,

    [JsonStringEnumMemberName("06"), Description("Residency only")]
    ResidencyOnly,
}

/// <summary>MDE Grade Level.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GradeLevel>))]
public enum GradeLevel
{
    [JsonStringEnumMemberName("P0"), Description("Age birth through 1 year, not in school")]
    P0,

    [JsonStringEnumMemberName("P1"), Description("Age 1 through 2 years, not in school")]
    P1,

    [JsonStringEnumMemberName("P2"), Description("Age 2 through 3 years, not in school")]
    P2,

    [JsonStringEnumMemberName("P3"), Description("Age 3 through 4 years, not in school")]
    P3,

    [JsonStringEnumMemberName("P4"), Description("Age 4 through 5 years, not in school")]
    P4,

    [JsonStringEnumMemberName("P5"), Description("Age 5 and older, not in kindergarten")]
    P5,

    [JsonStringEnumMemberName("PS"), Description("Preschool")]
    Preschool,

    [JsonStringEnumMemberName("KG"), Description("Kindergarten")]
    Kindergarten,

    [JsonStringEnumMemberName("01"), Description("First grade")]
    Grade01,

    [JsonStringEnumMemberName("02"), Description("Second grade")]
    Grade02,

    [JsonStringEnumMemberName("03"), Description("Third grade")]
    Grade03,

    [JsonStringEnumMemberName("04"), Description("Fourth grade")]
    Grade04,

    [JsonStringEnumMemberName("05"), Description("Fifth grade")]
    Grade05,

    [JsonStringEnumMemberName("06"), Description("Sixth grade")]
    Grade06,

    [JsonStringEnumMemberName("07"), Description("Seventh grade")]
    Grade07,

    [JsonStringEnumMemberName("08"), Description("Eighth grade")]
    Grade08,

    [JsonStringEnumMemberName("09"), Description("Ninth grade")]
    Grade09,

    [JsonStringEnumMemberName("10"), Description("Tenth grade")]
    Grade10,

    [JsonStringEnumMemberName("11"), Description("Eleventh grade")]
    Grade11,

    [JsonStringEnumMemberName("12"), Description("Twelfth grade")]
    Grade12,

    [JsonStringEnumMemberName("UG"), Description("Ungraded")]
    Ungraded,

    [JsonStringEnumMemberName("OS"), Description("Out-of-school youth")]
    OutOfSchool,
}

/// <summary>MDE Medical Alert Indicator (CEDS).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MedicalAlertIndicator>))]
public enum MedicalAlertIndicator
{
    [JsonStringEnumMemberName("Chronic"), Description("A chronic condition that may need attention at school")]
    Chronic,

    [JsonStringEnumMemberName("Acute"), Description("An acute, life-threatening condition")]
    Acute,

    [JsonStringEnumMemberName("None"), Description("No medical alert")]
    None,
}

/// <summary>MDE Graduation/HSE Indicator.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GraduationHseIndicator>))]
public enum GraduationHseIndicator
{
    [JsonStringEnumMemberName("Graduation"), Description("Graduated from high school")]
    Graduation,

    [JsonStringEnumMemberName("HSE"), Description("Received a high school equivalency credential")]
    HighSchoolEquivalency,
}

/// <summary>MDE Course Type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CourseType>))]
public enum CourseType
{
    [JsonStringEnumMemberName("Regular"), Description("Regular")]
    Regular,

    [JsonStringEnumMemberName("Honors"), Description("Honors")]
    Honors,

    [JsonStringEnumMemberName("PreAP"), Description("Pre-Advanced Placement")]
    PreAdvancedPlacement,

    [JsonStringEnumMemberName("AP"), Description("Advanced Placement")]
    AdvancedPlacement,

    [JsonStringEnumMemberName("IB"), Description("International Baccalaureate")]
    InternationalBaccalaureate,

    [JsonStringEnumMemberName("NA"), Description("Not applicable")]
    NotApplicable,

    [JsonStringEnumMemberName("Other"), Description("Other")]
    Other,
}

/// <summary>MDE Course Section.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CourseSection>))]
public enum CourseSection
{
    [JsonStringEnumMemberName("FullYear"), Description("Full year")]
    FullYear,

    [JsonStringEnumMemberName("A"), Description("Section A (first part of a divided course)")]
    SectionA,

    [JsonStringEnumMemberName("B"), Description("Section B (second part of a divided course)")]
    SectionB,
}

/// <summary>MDE Term Type (NCES session type codes).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TermType>))]
public enum TermType
{
    [JsonStringEnumMemberName("0827"), Description("Full school year")]
    FullSchoolYear,

    [JsonStringEnumMemberName("0828"), Description("Semester")]
    Semester,

    [JsonStringEnumMemberName("0829"), Description("Trimester")]
    Trimester,

    [JsonStringEnumMemberName("0830"), Description("Quarter")]
    Quarter,

    [JsonStringEnumMemberName("0831"), Description("Quinmester")]
    Quinmester,

    [JsonStringEnumMemberName("0832"), Description("Mini-term")]
    MiniTerm,

    [JsonStringEnumMemberName("0833"), Description("Summer term")]
    SummerTerm,

    [JsonStringEnumMemberName("0834"), Description("Intersession")]
    Intersession,

    [JsonStringEnumMemberName("0835"), Description("Long session")]
    LongSession,

    [JsonStringEnumMemberName("0837"), Description("Twelve month")]
    TwelveMonth,

    [JsonStringEnumMemberName("9999"), Description("Other")]
    Other,
}

/// <summary>MDE Assessment Type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentType>))]
public enum AssessmentType
{
    [JsonStringEnumMemberName("01"), Description("State assessment")]
    StateAssessment,

    [JsonStringEnumMemberName("02"), Description("Local assessment")]
    LocalAssessment,

    [JsonStringEnumMemberName("03"), Description("National norm-referenced assessment")]
    NationalNormReferenced,

    [JsonStringEnumMemberName("04"), Description("English language proficiency assessment")]
    EnglishLanguageProficiency,

    [JsonStringEnumMemberName("05"), Description("High school exit or end-of-course assessment")]
    EndOfCourse,

    [JsonStringEnumMemberName("06"), Description("Advanced Placement or International Baccalaureate examination")]
    AdvancedPlacementOrIb,

    [JsonStringEnumMemberName("07"), Description("College entrance examination")]
    CollegeEntrance,

    [JsonStringEnumMemberName("08"), Description("Other assessment")]
    Other,

    [JsonStringEnumMemberName("09"), Description("State assessment: mathematics")]
    StateAssessmentMathematics,

    [JsonStringEnumMemberName("10"), Description("State assessment: reading/language arts")]
    StateAssessmentReading,

    [JsonStringEnumMemberName("11"), Description("State assessment: science")]
    StateAssessmentScience,
}

/// <summary>MDE Assessment Reporting Method.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentReportingMethod>))]
public enum AssessmentReportingMethod
{
    [JsonStringEnumMemberName("ScaleScore"), Description("Scale score")]
    ScaleScore,

    [JsonStringEnumMemberName("RawScore"), Description("Raw score")]
    RawScore,

    [JsonStringEnumMemberName("Percentile"), Description("Percentile rank")]
    Percentile,

    [JsonStringEnumMemberName("Percent"), Description("Percent correct")]
    Percent,

    [JsonStringEnumMemberName("LetterGrade"), Description("Letter grade")]
    LetterGrade,

    [JsonStringEnumMemberName("ProficiencyLevel"), Description("Proficiency level")]
    ProficiencyLevel,

    [JsonStringEnumMemberName("PassFail"), Description("Pass or fail")]
    PassFail,

    [JsonStringEnumMemberName("Other"), Description("Other")]
    Other,
}

/// <summary>MDE Assessment Interpretation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssessmentInterpretation>))]
public enum AssessmentInterpretation
{
    [JsonStringEnumMemberName("Advanced"), Description("Advanced")]
    Advanced,

    [JsonStringEnumMemberName("Proficient"), Description("Proficient")]
    Proficient,

    [JsonStringEnumMemberName("Basic"), Description("Basic")]
    Basic,

    [JsonStringEnumMemberName("BelowBasic"), Description("Below basic")]
    BelowBasic,

    [JsonStringEnumMemberName("Passed"), Description("Passed")]
    Passed,

    [JsonStringEnumMemberName("Failed"), Description("Failed")]
    Failed,

    [JsonStringEnumMemberName("Other"), Description("Other")]
    Other,
}
