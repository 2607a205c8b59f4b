using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;
using A = Msix.Domain.Submissions.Reading.SchemaFields.Assessment;
using C = Msix.Domain.Submissions.Reading.SchemaFields.Course;
using E = Msix.Domain.Submissions.Reading.SchemaFields.Enrollment;
using H = Msix.Domain.Submissions.Reading.SchemaFields.Health;
using M = Msix.Domain.Submissions.Reading.SchemaFields.Move;
using S = Msix.Domain.Submissions.Reading.SchemaFields.Student;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Builds one child's <see cref="ChildRecord"/> from its rows, the same way for both formats: every field
/// read and checked from the schema, health rows joined to their enrollments, repeated rows found, and the
/// rules that span fields and rows checked. Any error rejects the whole child (null).
/// </summary>
internal sealed class ChildBuilder(ChildErrors errors, DateTimeOffset now)
{
    private readonly FieldReader _fields = new(errors);

    // Kept from child to child (cleared each time), so a child allocates little beyond its record.
    private readonly List<Located<QualifyingMove>> _moves = [];
    private readonly List<Located<Enrollment>> _enrollments = [];
    private readonly List<Located<CourseHistory>> _courses = [];
    private readonly List<Located<Assessment>> _assessments = [];
    private readonly List<HealthEntry> _health = [];
    private readonly List<HealthEntry> _healthPool = [];
    private readonly AlternateStateStudentId[] _alternates = new AlternateStateStudentId[3];
    private readonly Dictionary<QualifyingMove, RowData> _seenMoves = new(DuplicateRowKeys.Moves);
    private readonly Dictionary<Enrollment, RowData> _seenEnrollments = new(DuplicateRowKeys.Enrollments);
    private readonly Dictionary<CourseHistory, RowData> _seenCourses = new(DuplicateRowKeys.Courses);
    private readonly Dictionary<Assessment, RowData> _seenAssessments = new(DuplicateRowKeys.Assessments);

    /// <param name="key">The StateStudentId the rows were grouped by, and its bytes, when known: the record shares that string.</param>
    public ChildRecord? Build(ChildRows rows, string? key = null, ReadOnlyMemory<byte> keyBytes = default)
    {
        _fields.Know(key, keyBytes);
        var student = rows.Student ?? throw new InvalidOperationException("A child needs its student row.");
        _fields.IsDelete = false;
        var action = _fields.Code<RecordAction>(student, S.Action);
        _fields.IsDelete = action == RecordAction.Delete;
        var asOf = _fields.Timestamp(student, S.AsOf);
        var id = _fields.Text(student, S.StateStudentId);
        var msixId = _fields.Text(student, S.MsixId);
        RecordRules.CheckAsOf(errors, now, student, asOf);

        if (action == RecordAction.Delete)
        {
            ReportSectionsOnDelete(rows, id);
            return errors.Any ? null : new ChildRecord(RecordAction.Delete, asOf!.Value, id!, msixId, null, [], [], [], []);
        }

        var demographics = Demographics(student);
        var moves = _moves;
        moves.Clear();
        foreach (var row in rows.Moves)
        {
            if (Move(row) is { } move)
            {
                moves.Add(new Located<QualifyingMove>(move, row));
            }
        }

        var health = ReadHealth(rows.Health);
        var enrollments = _enrollments;
        enrollments.Clear();
        foreach (var row in rows.Enrollments)
        {
            if (Enrollment(row, health) is { } enrollment)
            {
                enrollments.Add(new Located<Enrollment>(enrollment, row));
            }
        }

        ReportUnknownEnrollments(health, enrollments.Count == rows.Enrollments.Count);
        var courses = _courses;
        courses.Clear();
        foreach (var row in rows.Courses)
        {
            if (Course(row) is { } course)
            {
                courses.Add(new Located<CourseHistory>(course, row));
            }
        }

        var assessments = _assessments;
        assessments.Clear();
        foreach (var row in rows.Assessments)
        {
            if (Assessment(row) is { } assessment)
            {
                assessments.Add(new Located<Assessment>(assessment, row));
            }
        }

        FindDuplicates(moves, _seenMoves, M.QualifyingArrivalDate, static m => $"qualifying move ({m.QualifyingArrivalDate:yyyy-MM-dd} to {m.QualifyingMoveToState})");
        FindDuplicates(enrollments, _seenEnrollments, E.EnrollmentDate, static e => $"enrollment ({e.Key})");
        FindDuplicates(courses, _seenCourses, C.CourseTitle, static c => $"course ({c.CourseTitle}, {c.AcademicYear})");
        FindDuplicates(assessments, _seenAssessments, A.AssessmentTitle, static a => $"assessment ({a.AssessmentTitle}, {a.AdministrationDate})");
        RecordRules.Check(errors, now, student, asOf, demographics?.BirthDate, rows.Moves.Count, moves, enrollments, assessments);

        if (errors.Any)
        {
            return null;
        }

        return new ChildRecord(RecordAction.Upsert, asOf!.Value, id!, msixId, demographics, Items(moves), Items(enrollments), Items(courses), Items(assessments));
    }

    private static T[] Items<T>(List<Located<T>> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i].Item;
        }

        return array;
    }

    private void ReportSectionsOnDelete(ChildRows rows, string? id)
    {
        foreach (var row in rows.SectionRows)
        {
            if (row.Json)
            {
                if (row.Index == 0)
                {
                    errors.Add(row.File, row.Row, row.Section.JsonArrayName!, ErrorCodes.SectionsOnDelete,
                        $"The line deletes the child, so it must carry no {row.Section.JsonArrayName}; a delete needs only action, asOf and stateStudentId.");
                }

                continue;
            }

            errors.Add(row.File, row.Row, SubmissionSchema.StateStudentId.Name, ErrorCodes.SectionsOnDelete,
                $"StateStudentId {id} is deleted in {SubmissionSchema.Student.CsvFileName} (row {rows.Student!.Row}), so it may have no rows in {row.Section.CsvFileName}.", id);
        }
    }

    private Demographics? Demographics(RowData row)
    {
        var idType = _fields.Code<StateStudentIdType>(row, S.StateStudentIdType);
        var alternateCount = 0;
        for (var i = 0; i < S.AlternateId.Length; i++)
        {
            var alternate = _fields.Text(row, S.AlternateId[i]);
            var alternateType = _fields.Code<StateStudentIdType>(row, S.AlternateIdType[i]);
            if (alternate is not null && alternateType is { } type)
            {
                _alternates[alternateCount++] = new AlternateStateStudentId(type, alternate);
            }
            else if (row.Has(S.AlternateId[i]) != row.Has(S.AlternateIdType[i]))
            {
                var (missing, given) = row.Has(S.AlternateId[i]) ? (S.AlternateIdType[i], S.AlternateId[i]) : (S.AlternateId[i], S.AlternateIdType[i]);
                errors.Add(row, missing, ErrorCodes.RequiredFieldMissing, $"{row.Label(missing)} is required when {row.Label(given)} is given.");
            }
        }

        var firstName = _fields.Text(row, S.FirstName);
        var middleName = _fields.Text(row, S.MiddleName);
        var lastName1 = _fields.Text(row, S.LastName1);
        var lastName2 = _fields.Text(row, S.LastName2);
        var suffix = _fields.Text(row, S.Suffix);
        var sex = _fields.Code<Sex>(row, S.Sex);
        var birthDate = _fields.Date(row, S.BirthDate);
        var verification = _fields.Code<BirthDateVerification>(row, S.BirthDateVerification);
        var multipleBirth = _fields.Boolean(row, S.MultipleBirthFlag);
        var birthCity = _fields.Text(row, S.BirthCity);
        var birthState = _fields.Text(row, S.BirthState);
        var birthCountry = _fields.Text(row, S.BirthCountry);
        var parent1First = _fields.Text(row, S.Parent1FirstName);
        var parent1Last = _fields.Text(row, S.Parent1LastName);
        var parent2First = _fields.Text(row, S.Parent2FirstName);
        var parent2Last = _fields.Text(row, S.Parent2LastName);
        if (idType is null || firstName is null || lastName1 is null || sex is null || birthDate is null || multipleBirth is null)
        {
            return null;
        }

        AlternateStateStudentId[] alternates = alternateCount == 0 ? [] : _alternates.AsSpan(0, alternateCount).ToArray();
        return new Demographics(idType.Value, alternates, firstName, middleName, lastName1, lastName2, suffix, sex.Value, birthDate.Value,
            verification, multipleBirth.Value, birthCity, birthState, birthCountry, parent1First, parent1Last, parent2First, parent2Last);
    }

    private QualifyingMove? Move(RowData row)
    {
        var arrival = _fields.Date(row, M.QualifyingArrivalDate);
        var fromCity = _fields.Text(row, M.FromCity);
        var fromState = _fields.Text(row, M.FromState);
        var fromCountry = _fields.Text(row, M.FromCountry);
        var toCity = _fields.Text(row, M.ToCity);
        var toState = _fields.Text(row, M.ToState);
        var expiration = _fields.Date(row, M.EligibilityExpirationDate);
        var priority = _fields.Boolean(row, M.PriorityForServices);
        var continuation = _fields.Code<ContinuationOfServicesReason>(row, M.ContinuationOfServicesReason);
        return arrival is null || toState is null || priority is null ? null
            : new QualifyingMove(arrival.Value, fromCity, fromState, fromCountry, toCity, toState, expiration, priority.Value, continuation);
    }

    private Enrollment? Enrollment(RowData row, List<HealthEntry> health)
    {
        var schoolId = _fields.Text(row, E.SchoolId);
        var schoolName = _fields.Text(row, E.SchoolOrProjectName);
        var districtId = _fields.Text(row, E.SchoolDistrictId);
        var districtName = _fields.Text(row, E.SchoolDistrictName);
        var enrollmentDate = _fields.Date(row, E.EnrollmentDate);
        var withdrawalDate = _fields.Date(row, E.WithdrawalDate);
        var type = _fields.Code<MepEnrollmentType>(row, E.EnrollmentType);
        var grade = _fields.Code<GradeLevel>(row, E.GradeLevel);
        var residencyDate = _fields.Date(row, E.ResidencyDate);
        var englishLearner = _fields.Boolean(row, E.EnglishLearnerIndicator);
        var idea = _fields.Boolean(row, E.IdeaIndicator);
        var graduationSchool = _fields.Text(row, E.DesignatedGraduationSchoolId);
        var graduation = _fields.Code<GraduationHseIndicator>(row, E.GraduationHseIndicator);
        var graduationDate = _fields.Date(row, E.GraduationHseDate);
        var algebra = _fields.Boolean(row, E.AlgebraIOrEquivalentIndicator);
        var transcript = _fields.Boolean(row, E.OutOfStateTranscriptIndicator);
        var medical = _fields.Code<MedicalAlertIndicator>(row, E.MedicalAlertIndicator);
        var immunization = _fields.Boolean(row, E.ImmunizationRecordFlag);
        if (schoolName is null || enrollmentDate is null || type is null || grade is null)
        {
            return null;
        }

        var key = new EnrollmentKey(enrollmentDate.Value, schoolId, schoolName);
        foreach (var entry in health)
        {
            if (!entry.Duplicate && entry.Key.Equals(key))
            {
                entry.Matched = true;
                (medical, immunization) = (entry.Medical, entry.Immunization);
                break;
            }
        }

        return new Enrollment(schoolId, schoolName, districtId, districtName, enrollmentDate.Value, withdrawalDate, type.Value, grade.Value, residencyDate,
                englishLearner, idea, graduationSchool, graduation, graduationDate, algebra, transcript, medical, immunization);
    }

    /// <summary>Reads the health.csv rows of the child; each names its enrollment by date and school.</summary>
    private List<HealthEntry> ReadHealth(List<RowData> rows)
    {
        var entries = _health;
        entries.Clear();
        foreach (var row in rows)
        {
            var schoolId = _fields.Text(row, H.SchoolId);
            var schoolName = _fields.Text(row, H.SchoolOrProjectName);
            var date = _fields.Date(row, H.EnrollmentDate);
            var medical = _fields.Code<MedicalAlertIndicator>(row, H.MedicalAlertIndicator);
            var immunization = _fields.Boolean(row, H.ImmunizationRecordFlag);
            if (schoolName is null || date is null)
            {
                continue;
            }

            if (entries.Count == _healthPool.Count)
            {
                _healthPool.Add(new HealthEntry());
            }

            var entry = _healthPool[entries.Count].Reset(new EnrollmentKey(date.Value, schoolId, schoolName), medical, immunization, row);
            foreach (var earlier in entries)
            {
                if (earlier.Key.Equals(entry.Key))
                {
                    entry.Duplicate = true;
                    errors.Add(row, H.EnrollmentDate, ErrorCodes.DuplicateRow,
                        $"Row {earlier.Row.Row} of {row.File} already gives the health fields of the enrollment {entry.Key}.");
                    break;
                }
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Reports the health rows that matched no enrollment (unless an enrollment could not be read: it may be the one).</summary>
    private void ReportUnknownEnrollments(List<HealthEntry> health, bool allEnrollmentsRead)
    {
        if (!allEnrollmentsRead)
        {
            return;
        }

        foreach (var entry in health)
        {
            if (entry.Matched || entry.Duplicate)
            {
                continue;
            }

            var key = entry.Key;
            errors.Add(entry.Row, H.EnrollmentDate, ErrorCodes.UnknownEnrollment,
                $"No enrollment of this child in {SubmissionSchema.Enrollment.CsvFileName} has EnrollmentDate {key.EnrollmentDate:yyyy-MM-dd} and " +
                (string.IsNullOrEmpty(key.SchoolId) ? $"SchoolOrProjectName \"{key.SchoolOrProjectName}\"." : $"SchoolId {key.SchoolId}."));
        }
    }

    private CourseHistory? Course(RowData row)
    {
        var title = _fields.Text(row, C.CourseTitle);
        var subject = _fields.Text(row, C.SubjectAreaName);
        var type = _fields.Code<CourseType>(row, C.CourseType);
        var section = _fields.Code<CourseSection>(row, C.CourseSection);
        var term = _fields.Code<TermType>(row, C.TermType);
        var year = _fields.Text(row, C.AcademicYear);
        var school = _fields.Text(row, C.SchoolOrProjectName);
        var clockHours = _fields.Number(row, C.ClockHours);
        var gradeToDate = _fields.Text(row, C.GradeToDate);
        var finalGrade = _fields.Text(row, C.FinalGrade);
        var attempted = _fields.Number(row, C.CreditsAttempted);
        var granted = _fields.Number(row, C.CreditsGranted);
        var inProgress = _fields.Boolean(row, C.InProgress);
        return title is null || subject is null || type is null || section is null || term is null || year is null || inProgress is null ? null
            : new CourseHistory(title, subject, type.Value, section.Value, term.Value, year, school, clockHours, gradeToDate, finalGrade, attempted, granted, inProgress.Value);
    }

    private Assessment? Assessment(RowData row)
    {
        var title = _fields.Text(row, A.AssessmentTitle);
        var content = _fields.Text(row, A.AssessmentContent);
        var type = _fields.Code<AssessmentType>(row, A.AssessmentType);
        var administered = _fields.Month(row, A.AdministrationDate);
        var method = _fields.Code<AssessmentReportingMethod>(row, A.ReportingMethod);
        var score = _fields.Text(row, A.ScoreResults);
        var interpretation = _fields.Code<AssessmentInterpretation>(row, A.AssessmentInterpretation);
        return title is null || content is null || type is null || administered is null || method is null || score is null ? null
            : new Assessment(title, content, type.Value, administered.Value, method.Value, score, interpretation);
    }

    /// <summary>Reports each row that repeats an earlier row of the same section (pairwise for the usual few rows).</summary>
    private void FindDuplicates<T>(List<Located<T>> items, Dictionary<T, RowData> seen, int keyField, Func<T, string> describe)
        where T : class
    {
        if (items.Count < 2)
        {
            return;
        }

        var comparer = seen.Comparer;
        if (items.Count <= 16)
        {
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[i].Item, items[j].Item))
                    {
                        ReportDuplicate(items[i].Row, items[j].Row, keyField, describe(items[i].Item));
                        break;
                    }
                }
            }

            return;
        }

        // The dictionary is kept for the next child; its references are dropped here.
        seen.Clear();
        foreach (var (item, row) in items)
        {
            if (!seen.TryAdd(item, row))
            {
                ReportDuplicate(row, seen[item], keyField, describe(item));
            }
        }

        seen.Clear();
    }

    /// <summary>One health.csv row, waiting for its enrollment.</summary>
    /// <remarks>Kept and reused from child to child, like the rows.</remarks>
    private sealed class HealthEntry
    {
        public EnrollmentKey Key { get; private set; }

        public MedicalAlertIndicator? Medical { get; private set; }

        public bool? Immunization { get; private set; }

        public RowData Row { get; private set; } = null!;

        public bool Duplicate { get; set; }

        public bool Matched { get; set; }

        public HealthEntry Reset(EnrollmentKey key, MedicalAlertIndicator? medical, bool? immunization, RowData row)
        {
            (Key, Medical, Immunization, Row, Duplicate, Matched) = (key, medical, immunization, row, false, false);
            return this;
        }
    }

    private void ReportDuplicate(RowData row, RowData earlier, int keyField, string what)
    {
        var where = row.Json ? earlier.RowLabel : $"row {earlier.Row}";
        errors.Add(row, keyField, ErrorCodes.DuplicateRow, $"The same {what} is already at {where}; send each once.");
    }
}
