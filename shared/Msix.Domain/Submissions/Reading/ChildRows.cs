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

    public IReadOnlyList<RowData> Moves => _moves.Used;

    public IReadOnlyList<RowData> Enrollments => _enrollments.Used;

    /// <summary>Rows of health.csv; a JSON line carries the health fields in its enrollments instead.</summary>
    public IReadOnlyList<RowData> Health => _health.Used;

    public IReadOnlyList<RowData> Courses => _courses.Used;

    public IReadOnlyList<RowData> Assessments => _assessments.Used;

    public IEnumerable<RowData> SectionRows => [.. Moves, .. Enrollments, .. Health, .. Courses, .. Assessments];

    /// <summary>A cleared row of the section, added to the child.</summary>
    public RowData Add(SectionSpec section, string file, long row, int index, bool json)
    {
        var pool = section == SubmissionSchema.Student ? _students
            : section == SubmissionSchema.QualifyingMove ? _moves
            : section == SubmissionSchema.Enrollment ? _enrollments
            : section == SubmissionSchema.Health ? _health
            : section == SubmissionSchema.Course ? _courses
            : section == SubmissionSchema.Assessment ? _assessments
            : throw new ArgumentOutOfRangeException(nameof(section), section.Name, "Not a section of a submission.");
        var data = pool.Next().Reset(file, row, index, json);
        if (pool == _students)
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

        public IReadOnlyList<RowData> Used => _used;

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
