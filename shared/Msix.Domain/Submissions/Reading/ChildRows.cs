using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The rows of one child, whichever format they came from: its student row and its section rows. The
/// <see cref="RowData"/> objects are kept and reused for the next child, so assembling allocates little.
/// </summary>
internal sealed class ChildRows
{
    private readonly Pool _students = new(SubmissionSchema.Student);
    private readonly Pool _moves = new(SubmissionSchema.QualifyingMove);
    private readonly Pool _enrollments = new(SubmissionSchema.Enrollment);
    private readonly Pool _health = new(SubmissionSchema.Health);
    private readonly Pool _courses = new(SubmissionSchema.Course);
    private readonly Pool _assessments = new(SubmissionSchema.Assessment);

    public RowData? Student { get; private set; }

    public List<RowData> Moves => _moves.Used;

    public List<RowData> Enrollments => _enrollments.Used;

    /// <summary>Rows of health.csv; a JSON line carries the health fields in its enrollments instead.</summary>
    public List<RowData> Health => _health.Used;

    public List<RowData> Courses => _courses.Used;

    public List<RowData> Assessments => _assessments.Used;

    public IEnumerable<RowData> SectionRows => [.. Moves, .. Enrollments, .. Health, .. Courses, .. Assessments];

    /// <summary>A cleared row of the section, added to the child.</summary>
    public RowData Add(SectionSpec section, string file, long row, int index, bool json) =>
        Add(ReferenceEquals(section, SubmissionSchema.Student) ? RowKind.Student
            : ReferenceEquals(section, SubmissionSchema.QualifyingMove) ? RowKind.QualifyingMove
            : ReferenceEquals(section, SubmissionSchema.Enrollment) ? RowKind.Enrollment
            : ReferenceEquals(section, SubmissionSchema.Health) ? RowKind.Health
            : ReferenceEquals(section, SubmissionSchema.Course) ? RowKind.Course
            : ReferenceEquals(section, SubmissionSchema.Assessment) ? RowKind.Assessment
            : throw new ArgumentOutOfRangeException(nameof(section), section.Name, "Not a section of a submission."),
            file, row, index, json);

    /// <summary>A cleared row of the section of a CSV file, added to the child.</summary>
    public RowData Add(RowKind kind, string file, long row, int index, bool json)
    {
        var pool = kind switch
        {
            RowKind.Student => _students,
            RowKind.QualifyingMove => _moves,
            RowKind.Enrollment => _enrollments,
            RowKind.Health => _health,
            RowKind.Course => _courses,
            RowKind.Assessment => _assessments,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a section of a submission."),
        };
        var data = pool.Next().Reset(file, row, index, json);
        if (kind == RowKind.Student)
        {
            Student = data;
        }

        return data;
    }

    public void Clear()
    {
        Student = null;
        _students.Clear();
        _moves.Clear();
        _enrollments.Clear();
        _health.Clear();
        _courses.Clear();
        _assessments.Clear();
    }

    private sealed class Pool(SectionSpec section)
    {
        private readonly List<RowData> _all = [];
        private readonly List<RowData> _used = [];

        public List<RowData> Used => _used;

        public RowData Next()
        {
            if (_used.Count == _all.Count)
            {
                _all.Add(new RowData(section));
            }

            var row = _all[_used.Count];
            _used.Add(row);
            return row;
        }

        public void Clear() => _used.Clear();
    }
}
