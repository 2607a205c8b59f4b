using System.Globalization;
using System.Text;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain.Tests.Reading;

/// <summary>How rows meet their child across files and buckets, and what is left behind.</summary>
public sealed class AssemblyTests
{
    private const int Children = 3000;

    [Fact]
    public async Task Sections_and_health_rows_join_their_child_and_enrollment()
    {
        var students = Samples.StudentsCsv + "upsert,2026-10-01,TX002,01,Eva,,Ruiz,,F,2015-01-01,N,\r\n";
        var moves = "StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices\r\nTX002,2025-01-05,CA,N\r\nTX001,2025-06-14,TX,Y\r\nTX002,2024-01-05,WA,Y\r\n";
        var enrollments = "StateStudentId,SchoolId,SchoolOrProjectName,EnrollmentDate,EnrollmentType,GradeLevel\r\n" +
            "TX002,,Summer Migrant Project,2025-06-02,03,05\r\n" +
            "TX001,480004012345,Weslaco East High School,2025-08-25,01,06\r\n" +
            "TX002,480004099999,Donna Elementary,2025-08-25,01,05\r\n";
        var health = "ImmunizationRecordFlag,EnrollmentDate,SchoolOrProjectName,SchoolId,StateStudentId,MedicalAlertIndicator\r\n" +
            "N,2025-06-02,summer migrant project ,,TX002,Chronic\r\n" +
            "Y,2025-08-25,Donna,480004099999,TX002,\r\n";

        var zip = await TestReader.ZipAsync([.. Samples.ChildCsv(students: students, moves: moves, enrollments: enrollments, health: health).Where(f => f.Name is not ("courses.csv" or "assessments.csv"))]);

        Assert.Empty(zip.Errors);
        var eva = zip.Accepted.Single(r => r.StateStudentId == "TX002");
        Assert.Equal(["CA", "WA"], eva.QualifyingMoves.Select(m => m.QualifyingMoveToState));
        Assert.Equal(2, eva.Enrollments.Count);
        Assert.Equal((MedicalAlertIndicator.Chronic, false), (eva.Enrollments[0].MedicalAlertIndicator, eva.Enrollments[0].ImmunizationRecordFlag));
        Assert.Equal(((MedicalAlertIndicator?)null, true), (eva.Enrollments[1].MedicalAlertIndicator, eva.Enrollments[1].ImmunizationRecordFlag));
        var jose = zip.Accepted.Single(r => r.StateStudentId == "TX001");
        Assert.Equal("TX", Assert.Single(jose.QualifyingMoves).QualifyingMoveToState);
        Assert.Null(Assert.Single(jose.Enrollments).MedicalAlertIndicator);
    }

    [Fact]
    public async Task A_json_file_larger_than_many_buckets_assembles_every_child()
    {
        var lines = Enumerable.Range(0, Children).Select(i => Samples.Child(c => c["firstName"] = $"Niño{i}", Id(i)));

        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(string.Join("\n", lines)), TestReader.JsonFileName, Small);

        Assert.Empty(result.Errors);
        Assert.True(result.Progress.Buckets > 20, $"{result.Progress.Buckets} buckets");
        Assert.Equal(Children, result.Accepted.Count);
        Assert.All(result.Accepted, r => Assert.Equal($"Niño{int.Parse(r.StateStudentId[2..], CultureInfo.InvariantCulture)}", r.Demographics!.FirstName));
        Assert.Equal(Enumerable.Range(1, Children).Select(i => (long)i), result.Children.Select(c => c.Row).Order());
    }

    [Fact]
    public async Task A_zip_larger_than_many_buckets_assembles_every_child_with_its_rows_from_every_file()
    {
        var students = new StringBuilder(Samples.StudentsCsv.Split("\r\n")[0] + "\r\n");
        var moves = new StringBuilder("StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices\r\n");
        var courses = new StringBuilder("StateStudentId,CourseTitle,SubjectAreaName,CourseType,CourseSection,TermType,AcademicYear,InProgress\r\n");
        for (var i = Children - 1; i >= 0; i--)
        {
            students.Append(CultureInfo.InvariantCulture, $"upsert,2026-10-01,{Id(i)},01,Niño{i},,Peña,,M,2014-03-09,N,\r\n");
            courses.Append(CultureInfo.InvariantCulture, $"{Id((i * 7) % Children)},Course {i},Math,Regular,FullYear,0828,2025-2026,N\r\n");
        }

        for (var i = 0; i < Children; i++)
        {
            moves.Append(CultureInfo.InvariantCulture, $"{Id(i)},2025-06-14,TX,Y\r\n{Id(i)},2024-06-14,CA,N\r\n");
        }

        var zip = TestReader.Zip(("courses.csv", courses.ToString()), ("moves.csv", moves.ToString()), ("students.csv", students.ToString()));

        var result = await TestReader.BytesAsync(zip, TestReader.ZipFileName, Small);

        Assert.Empty(result.Errors);
        Assert.True(result.Progress.Buckets > 20, $"{result.Progress.Buckets} buckets");
        Assert.Equal(Children, result.Accepted.Count);
        Assert.All(result.Accepted, r =>
        {
            Assert.Equal(2, r.QualifyingMoves.Count);
            var course = Assert.Single(r.Courses);
            var i = int.Parse(course.CourseTitle[7..], CultureInfo.InvariantCulture);
            Assert.Equal(r.StateStudentId, Id((i * 7) % Children));
        });
        Assert.Equal(Children * 4, result.Progress.RowsReceived);
    }

    [Fact]
    public async Task The_spool_is_deleted_when_reading_stops_early()
    {
        var folder = Directory.CreateTempSubdirectory("msix-reader-stop-");
        try
        {
            var path = Path.Combine(folder.FullName, "upload.jsonl");
            await File.WriteAllLinesAsync(path, Enumerable.Range(0, 500).Select(i => Samples.Child(id: Id(i))), TestContext.Current.CancellationToken);
            var limits = new SubmissionLimits { WorkDirectory = folder.FullName, SpoolBucketBytes = 16 * 1024 };
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var reader = new SubmissionReader(limits, new FixedTime(TestReader.Now));
            var read = 0;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var child in reader.ReadAsync(path, "upload.jsonl", new SubmissionErrorLog(10), new ReadProgress(), cancel.Token))
                {
                    Assert.True(folder.GetFiles().Length == 2, "the spool exists while reading");
                    if (++read == 10)
                    {
                        await cancel.CancelAsync();
                    }
                }
            });

            Assert.Equal(["upload.jsonl"], folder.GetFiles().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_child_whose_rows_exceed_the_largest_record_is_rejected()
    {
        var courses = new StringBuilder("StateStudentId,CourseTitle,SubjectAreaName,CourseType,CourseSection,TermType,AcademicYear,InProgress\r\n");
        for (var i = 0; i < 200; i++)
        {
            courses.Append(CultureInfo.InvariantCulture, $"TX001,Course number {i},Mathematics,Regular,FullYear,0828,2025-2026,N\r\n");
        }

        var result = await TestReader.BytesAsync(TestReader.Zip(Samples.ChildCsv(courses: courses.ToString())), TestReader.ZipFileName, l => l.MaxRowBytes = 4096);

        var error = result.Rejected(ErrorCodes.ChildTooLarge);
        Assert.Equal(("students.csv", 2L), (error.File, error.Row));
    }

    [Fact]
    public async Task Merely_counting_rows_reads_the_same_rows()
    {
        var folder = Directory.CreateTempSubdirectory("msix-reader-count-");
        try
        {
            var json = Path.Combine(folder.FullName, "a.jsonl");
            await File.WriteAllTextAsync(json, Samples.Child() + "\n\n" + Samples.Child(id: "TX002") + "\n", TestContext.Current.CancellationToken);
            var zip = Path.Combine(folder.FullName, "b.zip");
            await File.WriteAllBytesAsync(zip, TestReader.Zip(Samples.ChildCsv()), TestContext.Current.CancellationToken);
            var reader = new SubmissionReader(new SubmissionLimits(), TimeProvider.System);

            var jsonCount = await reader.CountRowsAsync(json, TestContext.Current.CancellationToken);
            var zipCount = await reader.CountRowsAsync(zip, TestContext.Current.CancellationToken);

            Assert.Equal(("jsonl", 2L), (jsonCount.Format, jsonCount.Rows));
            Assert.Equal(new FileInfo(json).Length, jsonCount.Bytes);
            Assert.Equal(("csv-zip", 12L), (zipCount.Format, zipCount.Rows));
            Assert.Equal(Samples.ChildCsv().Sum(f => Encoding.UTF8.GetByteCount(f.Content)), zipCount.Bytes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Small(SubmissionLimits limits) => limits.SpoolBucketBytes = 16 * 1024;

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"TX{i:D6}");
}
