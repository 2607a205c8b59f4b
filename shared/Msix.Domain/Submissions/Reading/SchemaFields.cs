using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>The positions of the fields in their sections, looked up once by name from the schema.</summary>
internal static class SchemaFields
{
    public static int IndexOf(SectionSpec section, string name)
    {
        for (var i = 0; i < section.Fields.Count; i++)
        {
            if (section.Fields[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The schema's {section.Name} section has no field {name}.");
    }

    public static class Student
    {
        public static readonly int Action = Of("Action");
        public static readonly int AsOf = Of("AsOf");
        public static readonly int StateStudentId = Of("StateStudentId");
        public static readonly int MsixId = Of("MsixId");
        public static readonly int StateStudentIdType = Of("StateStudentIdType");
        public static readonly int[] AlternateId = [Of("AlternateStateStudentId1"), Of("AlternateStateStudentId2"), Of("AlternateStateStudentId3")];
        public static readonly int[] AlternateIdType = [Of("AlternateStateStudentIdType1"), Of("AlternateStateStudentIdType2"), Of("AlternateStateStudentIdType3")];
        public static readonly int FirstName = Of("FirstName");
        public static readonly int MiddleName = Of("MiddleName");
        public static readonly int LastName1 = Of("LastName1");
        public static readonly int LastName2 = Of("LastName2");
        public static readonly int Suffix = Of("Suffix");
        public static readonly int Sex = Of("Sex");
        public static readonly int BirthDate = Of("BirthDate");
        public static readonly int BirthDateVerification = Of("BirthDateVerification");
        public static readonly int MultipleBirthFlag = Of("MultipleBirthFlag");
        public static readonly int BirthCity = Of("BirthCity");
        public static readonly int BirthState = Of("BirthState");
        public static readonly int BirthCountry = Of("BirthCountry");
        public static readonly int Parent1FirstName = Of("Parent1FirstName");
        public static readonly int Parent1LastName = Of("Parent1LastName");
        public static readonly int Parent2FirstName = Of("Parent2FirstName");
        public static readonly int Parent2LastName = Of("Parent2LastName");

        private static int Of(string name) => IndexOf(SubmissionSchema.Student, name);
    }

    public static class Move
    {
        public static readonly int QualifyingArrivalDate = Of("QualifyingArrivalDate");
        public static readonly int FromCity = Of("QualifyingMoveFromCity");
        public static readonly int FromState = Of("QualifyingMoveFromState");
        public static readonly int FromCountry = Of("QualifyingMoveFromCountry");
        public static readonly int ToCity = Of("QualifyingMoveToCity");
        public static readonly int ToState = Of("QualifyingMoveToState");
        public static readonly int EligibilityExpirationDate = Of("EligibilityExpirationDate");
        public static readonly int PriorityForServices = Of("PriorityForServices");
        public static readonly int ContinuationOfServicesReason = Of("ContinuationOfServicesReason");

        private static int Of(string name) => IndexOf(SubmissionSchema.QualifyingMove, name);
    }

    public static class Enrollment
    {
        public static readonly int SchoolId = Of("SchoolId");
        public static readonly int SchoolOrProjectName = Of("SchoolOrProjectName");
        public static readonly int SchoolDistrictId = Of("SchoolDistrictId");
        public static readonly int SchoolDistrictName = Of("SchoolDistrictName");
        public static readonly int EnrollmentDate = Of("EnrollmentDate");
        public static readonly int WithdrawalDate = Of("WithdrawalDate");
        public static readonly int EnrollmentType = Of("EnrollmentType");
        public static readonly int GradeLevel = Of("GradeLevel");
        public static readonly int ResidencyDate = Of("ResidencyDate");
        public static readonly int EnglishLearnerIndicator = Of("EnglishLearnerIndicator");
        public static readonly int IdeaIndicator = Of("IdeaIndicator");
        public static readonly int DesignatedGraduationSchoolId = Of("DesignatedGraduationSchoolId");
        public static readonly int GraduationHseIndicator = Of("GraduationHseIndicator");
        public static readonly int GraduationHseDate = Of("GraduationHseDate");
        public static readonly int AlgebraIOrEquivalentIndicator = Of("AlgebraIOrEquivalentIndicator");
        public static readonly int OutOfStateTranscriptIndicator = Of("OutOfStateTranscriptIndicator");
        public static readonly int MedicalAlertIndicator = Of("MedicalAlertIndicator");
        public static readonly int ImmunizationRecordFlag = Of("ImmunizationRecordFlag");

        private static int Of(string name) => IndexOf(SubmissionSchema.Enrollment, name);
    }

    public static class Health
    {
        public static readonly int SchoolId = Of("SchoolId");
        public static readonly int SchoolOrProjectName = Of("SchoolOrProjectName");
        public static readonly int EnrollmentDate = Of("EnrollmentDate");
        public static readonly int MedicalAlertIndicator = Of("MedicalAlertIndicator");
        public static readonly int ImmunizationRecordFlag = Of("ImmunizationRecordFlag");

        private static int Of(string name) => IndexOf(SubmissionSchema.Health, name);
    }

    public static class Course
    {
        public static readonly int CourseTitle = Of("CourseTitle");
        public static readonly int SubjectAreaName = Of("SubjectAreaName");
        public static readonly int CourseType = Of("CourseType");
        public static readonly int CourseSection = Of("CourseSection");
        public static readonly int TermType = Of("TermType");
        public static readonly int AcademicYear = Of("AcademicYear");
        public static readonly int SchoolOrProjectName = Of("SchoolOrProjectName");
        public static readonly int ClockHours = Of("ClockHours");
        public static readonly int GradeToDate = Of("GradeToDate");
        public static readonly int FinalGrade = Of("FinalGrade");
        public static readonly int CreditsAttempted = Of("CreditsAttempted");
        public static readonly int CreditsGranted = Of("CreditsGranted");
        public static readonly int InProgress = Of("InProgress");

        private static int Of(string name) => IndexOf(SubmissionSchema.Course, name);
    }

    public static class Assessment
    {
        public static readonly int AssessmentTitle = Of("AssessmentTitle");
        public static readonly int AssessmentContent = Of("AssessmentContent");
        public static readonly int AssessmentType = Of("AssessmentType");
        public static readonly int AdministrationDate = Of("AdministrationDate");
        public static readonly int ReportingMethod = Of("ReportingMethod");
        public static readonly int ScoreResults = Of("ScoreResults");
        public static readonly int AssessmentInterpretation = Of("AssessmentInterpretation");

        private static int Of(string name) => IndexOf(SubmissionSchema.Assessment, name);
    }
}
