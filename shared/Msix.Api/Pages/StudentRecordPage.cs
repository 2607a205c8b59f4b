using System.Globalization;
using System.Text;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages;

/// <summary>
/// The consolidated record as one printable HTML page, for a counsellor to print for the child's file: one
/// self-contained document (inline style sheet with print rules, no scripts, no external resources) in which
/// every value shows the State it comes from, and every value is HTML-encoded.
/// </summary>
public static class StudentRecordPage
{
    /// <summary>The page of <paramref name="record"/>, stamped with the moment it is printed.</summary>
    public static string Render(StudentRecordView record, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>MSIX consolidated record ").Append(E(record.MsixId)).Append("</title>\n")
            .Append("<style>\n").Append(PageStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        Header(html, record, printedAt);
        Demographics(html, record.Demographics);
        Health(html, record.Health);
        Enrollments(html, record.Enrollments);
        QualifyingMoves(html, record.QualifyingMoves);
        Courses(html, record);
        Assessments(html, record.Assessments);
        Sources(html, record.Contributions);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, StudentRecordView record, DateTimeOffset printedAt)
    {
        html.Append("<header>\n<h1>Migrant Student Information Exchange: consolidated student record</h1>\n")
            .Append("<p>MSIX ID <span class=\"msix-id\">").Append(E(record.MsixId)).Append("</span></p>\n")
            .Append("<p class=\"meta\">Printed at ").Append(Stamp(printedAt))
            .Append(" &#xB7; record updated ").Append(Stamp(record.UpdatedAt))
            .Append(" &#xB7; built from ").Append(E(Count(record.Contributions.Count, "State record")))
            .Append(" (").Append(E(string.Join(", ", record.Contributions.Select(c => c.State).Distinct()))).Append(")</p>\n")
            .Append("<p class=\"notice\">Confidential student record, protected by FERPA: keep it in the child's file. ")
            .Append("Each value shows the State that reported it and the date of that State's record; where States report different values, the others are listed.</p>\n")
            .Append("</header>\n");
    }

    private static void Demographics(StringBuilder html, SourcedDemographics d)
    {
        html.Append("<section id=\"student\">\n<h2>Student</h2>\n<table>\n<thead><tr><th>Element</th><th>Value</th><th>Source (State, date of its record)</th><th>Other States report</th></tr></thead>\n<tbody>\n");
        Fact(html, "First name", d.FirstName, E);
        Fact(html, "Middle name", d.MiddleName, E);
        Fact(html, "Last name", d.LastName1, E);
        Fact(html, "Second last name", d.LastName2, E);
        Fact(html, "Suffix", d.Suffix, E);
        Fact(html, "Sex", d.Sex, Meaning);
        Fact(html, "Birth date", d.BirthDate, Date);
        Fact(html, "Birth date verification", d.BirthDateVerification, Meaning);
        Fact(html, "Multiple birth", d.MultipleBirthFlag, v => YesNo(v));
        Fact(html, "Birth city", d.BirthCity, E);
        Fact(html, "Birth State or province", d.BirthState, E);
        Fact(html, "Birth country", d.BirthCountry, E);
        Fact(html, "Parent 1 first name", d.Parent1FirstName, E);
        Fact(html, "Parent 1 last name", d.Parent1LastName, E);
        Fact(html, "Parent 2 first name", d.Parent2FirstName, E);
        Fact(html, "Parent 2 last name", d.Parent2LastName, E);
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>One demographic element: its value and source, and the other States' different values.</summary>
    private static void Fact<T>(StringBuilder html, string label, SourcedValue<T>? fact, Func<T, string> format)
        where T : notnull
    {
        if (fact is null)
        {
            return;
        }

        var disagree = fact.Disagreements.Count > 0;
        html.Append(disagree ? "<tr class=\"disagree\">" : "<tr>")
            .Append("<th scope=\"row\">").Append(E(label)).Append("</th><td>").Append(format(fact.Value)).Append("</td>")
            .Append("<td class=\"source nowrap\">").Append(Source(fact.State, fact.AsOf)).Append("</td><td>");
        if (disagree)
        {
            html.Append("<span class=\"differs\">Differs:</span> ")
                .AppendJoin("; ", fact.Disagreements.Select(o => format(o.Value) + " <span class=\"source\">(" + Source(o.State, o.AsOf) + ")</span>"));
        }
        else
        {
            html.Append("<span class=\"muted\">&#x2014;</span>");
        }

        html.Append("</td></tr>\n");
    }

    private static void Health(StringBuilder html, HealthFlags health)
    {
        html.Append("<section id=\"health\">\n<h2>Health</h2>\n<table>\n<thead><tr><th>Element</th><th>Value</th><th>Source</th></tr></thead>\n<tbody>\n");
        HealthRow(html, "Medical alert", health.MedicalAlertIndicator, v => Code(v) + ": " + Meaning(v));
        HealthRow(html, "Immunization records on file", health.ImmunizationRecordFlag, v => YesNo(v));
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void HealthRow<T>(StringBuilder html, string label, HealthFlag<T>? flag, Func<T, string> format)
        where T : struct
    {
        html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th>");
        if (flag is null)
        {
            html.Append("<td colspan=\"2\" class=\"muted\">No enrollment reports it.</td></tr>\n");
            return;
        }

        html.Append("<td>").Append(format(flag.Value)).Append("</td><td class=\"source\">")
            .Append("Enrollment of ").Append(Date(flag.EnrollmentDate)).Append(" at ").Append(E(flag.SchoolOrProjectName))
            .Append(" (").Append(E(flag.State)).Append(" record of ").Append(Day(flag.AsOf)).Append(")</td></tr>\n");
    }

    private static void Enrollments(StringBuilder html, IReadOnlyList<EnrollmentEntry> enrollments)
    {
        if (!OpenSection(html, "enrollments", "Enrollments", enrollments.Count, "No State reports an enrollment."))
        {
            return;
        }

        html.Append("<p class=\"muted\">Most recent first. The date of each State's record is under Sources.</p>\n<table>\n<thead><tr><th>State</th><th>School or project</th><th>District</th><th>Enrolled</th><th>Withdrawn</th>")
            .Append("<th>Grade</th><th>Enrollment type</th><th>Indicators</th></tr></thead>\n<tbody>\n");
        foreach (var entry in enrollments)
        {
            var e = entry.Enrollment;
            html.Append("<tr><td>").Append(E(entry.State)).Append("</td>")
                .Append("<td>").Append(E(e.SchoolOrProjectName));
            if (!string.IsNullOrWhiteSpace(e.SchoolId))
            {
                html.Append(" <span class=\"source\">(").Append(E(e.SchoolId)).Append(")</span>");
            }

            html.Append("</td><td>").Append(OrDash(e.SchoolDistrictName ?? e.SchoolDistrictId)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(Date(e.EnrollmentDate)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(Date(e.WithdrawalDate)).Append("</td>")
                .Append("<td>").Append(MeaningAndCode(e.GradeLevel)).Append("</td>")
                .Append("<td>").Append(MeaningAndCode(e.EnrollmentType)).Append("</td>")
                .Append("<td>").Append(Indicators(e)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The enrollment's other MDE elements that the State sent, as "English learner: Yes; IDEA: No".</summary>
    private static string Indicators(Enrollment e)
    {
        var shown = new List<string>();
        void Add(string label, string? value)
        {
            if (value is not null)
            {
                shown.Add(E(label) + ": " + value);
            }
        }

        Add("Residency date", e.ResidencyDate is { } residency ? Date(residency) : null);
        Add("English learner", e.EnglishLearnerIndicator is { } el ? YesNo(el) : null);
        Add("IDEA", e.IdeaIndicator is { } idea ? YesNo(idea) : null);
        Add("Algebra I or equivalent", e.AlgebraIOrEquivalentIndicator is { } algebra ? YesNo(algebra) : null);
        Add("Out-of-State transcript", e.OutOfStateTranscriptIndicator is { } transcript ? YesNo(transcript) : null);
        Add("Designated graduation school", string.IsNullOrWhiteSpace(e.DesignatedGraduationSchoolId) ? null : E(e.DesignatedGraduationSchoolId));
        Add("Graduation/HSE", e.GraduationHseIndicator is { } graduation ? Meaning(graduation) + (e.GraduationHseDate is { } on ? " " + Date(on) : "") : null);
        Add("Medical alert", e.MedicalAlertIndicator is { } alert ? Code(alert) : null);
        Add("Immunization records", e.ImmunizationRecordFlag is { } immunization ? YesNo(immunization) : null);
        return shown.Count == 0 ? "&#x2014;" : string.Join("; ", shown);
    }

    private static void QualifyingMoves(StringBuilder html, IReadOnlyList<QualifyingMoveEntry> moves)
    {
        if (!OpenSection(html, "qualifying-moves", "Qualifying moves", moves.Count, "No State reports a qualifying move."))
        {
            return;
        }

        html.Append("<table>\n<thead><tr><th>State</th><th>Qualifying arrival date</th><th>From</th><th>To</th><th>Eligibility expires</th>")
            .Append("<th>Priority for services</th><th>Continuation of services</th></tr></thead>\n<tbody>\n");
        foreach (var entry in moves)
        {
            var m = entry.QualifyingMove;
            html.Append("<tr><td>").Append(E(entry.State)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(Date(m.QualifyingArrivalDate)).Append("</td>")
                .Append("<td>").Append(Place(m.QualifyingMoveFromCity, m.QualifyingMoveFromState, m.QualifyingMoveFromCountry)).Append("</td>")
                .Append("<td>").Append(Place(m.QualifyingMoveToCity, m.QualifyingMoveToState, null)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(Date(m.EligibilityExpirationDate)).Append("</td>")
                .Append("<td>").Append(YesNo(m.PriorityForServices)).Append("</td>")
                .Append("<td>").Append(m.ContinuationOfServicesReason is { } reason ? Meaning(reason) : "&#x2014;").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Place(string? city, string? state, string? country) =>
        OrDash(string.Join(", ", new[] { city, state, country }.Where(p => !string.IsNullOrWhiteSpace(p))));

    private static void Courses(StringBuilder html, StudentRecordView record)
    {
        html.Append("<section id=\"courses\">\n<h2>Courses and credits</h2>\n");
        CreditSummary(html, record.CreditSummary);
        if (record.Courses.Count == 0)
        {
            html.Append("<p class=\"muted\">No State reports a course.</p>\n</section>\n");
            return;
        }

        foreach (var year in record.Courses)
        {
            html.Append("<h3>School year ").Append(E(year.AcademicYear)).Append("</h3>\n");
            foreach (var term in year.Terms)
            {
                html.Append("<h4>").Append(Meaning(term.TermType)).Append("</h4>\n<table>\n<thead><tr><th>Course</th><th>Subject area</th><th>Type</th><th>Section</th>")
                    .Append("<th>School or project</th><th>State</th><th class=\"num\">Credits attempted</th><th class=\"num\">Credits granted</th>")
                    .Append("<th>Grade to date</th><th>Final grade</th><th class=\"num\">Clock hours</th><th>Status</th></tr></thead>\n<tbody>\n");
                foreach (var entry in term.Courses)
                {
                    var c = entry.Course;
                    html.Append(entry.CountedInCreditSummary ? "<tr>" : "<tr class=\"not-counted\">")
                        .Append("<td>").Append(E(c.CourseTitle)).Append("</td>")
                        .Append("<td>").Append(E(c.SubjectAreaName)).Append("</td>")
                        .Append("<td>").Append(Meaning(c.CourseType)).Append("</td>")
                        .Append("<td>").Append(Meaning(c.CourseSection)).Append("</td>")
                        .Append("<td>").Append(OrDash(c.SchoolOrProjectName)).Append("</td>")
                        .Append("<td>").Append(E(entry.State)).Append("</td>")
                        .Append("<td class=\"num\">").Append(Credits(c.CreditsAttempted)).Append("</td>")
                        .Append("<td class=\"num\">").Append(Credits(c.CreditsGranted)).Append("</td>")
                        .Append("<td>").Append(OrDash(c.GradeToDate)).Append("</td>")
                        .Append("<td>").Append(OrDash(c.FinalGrade)).Append("</td>")
                        .Append("<td class=\"num\">").Append(Credits(c.ClockHours)).Append("</td>")
                        .Append("<td>").Append(c.InProgress ? "In progress" : "Completed")
                        .Append(entry.CountedInCreditSummary ? "" : "; reported again, not counted twice").Append("</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static void CreditSummary(StringBuilder html, CreditSummary summary)
    {
        html.Append("<section class=\"summary\">\n<h3>Credit summary</h3>\n")
            .Append("<p class=\"muted\">Completed courses count their credits attempted and granted; courses in progress count their credits attempted as in progress. ")
            .Append("A course reported more than once (same school year, term, section, title and school) is counted once.</p>\n")
            .Append("<table>\n<thead><tr><th>Subject area</th><th class=\"num\">Credits attempted</th><th class=\"num\">Credits granted</th><th class=\"num\">Credits in progress</th></tr></thead>\n<tbody>\n");
        foreach (var subject in summary.BySubjectArea)
        {
            html.Append("<tr><td>").Append(E(subject.SubjectAreaName)).Append("</td>")
                .Append("<td class=\"num\">").Append(Credits(subject.CreditsAttempted)).Append("</td>")
                .Append("<td class=\"num\">").Append(Credits(subject.CreditsGranted)).Append("</td>")
                .Append("<td class=\"num\">").Append(Credits(subject.CreditsInProgress)).Append("</td></tr>\n");
        }

        html.Append("<tr class=\"total\"><th scope=\"row\">Total</th>")
            .Append("<td class=\"num\">").Append(Credits(summary.CreditsAttempted)).Append("</td>")
            .Append("<td class=\"num\">").Append(Credits(summary.CreditsGranted)).Append("</td>")
            .Append("<td class=\"num\">").Append(Credits(summary.CreditsInProgress)).Append("</td></tr>\n")
            .Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Assessments(StringBuilder html, IReadOnlyList<AssessmentEntry> assessments)
    {
        if (!OpenSection(html, "assessments", "Assessments", assessments.Count, "No State reports an assessment."))
        {
            return;
        }

        html.Append("<table>\n<thead><tr><th>State</th><th>Assessment</th><th>Content</th><th>Type</th><th>Administered</th>")
            .Append("<th>Reporting method</th><th>Score</th><th>Interpretation</th></tr></thead>\n<tbody>\n");
        foreach (var entry in assessments)
        {
            var a = entry.Assessment;
            html.Append("<tr><td>").Append(E(entry.State)).Append("</td>")
                .Append("<td>").Append(E(a.AssessmentTitle)).Append("</td>")
                .Append("<td>").Append(E(a.AssessmentContent)).Append("</td>")
                .Append("<td>").Append(Meaning(a.AssessmentType)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(E(a.AdministrationDate.ToString())).Append("</td>")
                .Append("<td>").Append(Meaning(a.ReportingMethod)).Append("</td>")
                .Append("<td>").Append(E(a.ScoreResults)).Append("</td>")
                .Append("<td>").Append(a.AssessmentInterpretation is { } meaning ? Meaning(meaning) : "&#x2014;").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Sources(StringBuilder html, IReadOnlyList<ContributionView> contributions)
    {
        html.Append("<section id=\"sources\">\n<h2>Sources</h2>\n<p class=\"muted\">The State records this record is built from, most recent first.</p>\n")
            .Append("<table>\n<thead><tr><th>State</th><th>State student ID</th><th>Record as of</th><th>Submission</th><th>Received</th><th>Linked to the MSIX ID</th></tr></thead>\n<tbody>\n");
        foreach (var c in contributions)
        {
            html.Append("<tr><td>").Append(E(UsStates.IsState(c.State) ? UsStates.NameOf(c.State) + " (" + c.State + ")" : c.State)).Append("</td>")
                .Append("<td>").Append(E(c.StateStudentId)).Append(" <span class=\"source\">(").Append(Meaning(c.StateStudentIdType)).Append(")</span>");
            foreach (var alternate in c.AlternateStateStudentIds)
            {
                html.Append("<br>also ").Append(E(alternate.Id)).Append(" <span class=\"source\">(").Append(Meaning(alternate.Type)).Append(")</span>");
            }

            html.Append("</td><td class=\"nowrap\">").Append(Stamp(c.AsOf)).Append("</td>")
                .Append("<td>").Append(E(c.SubmissionId)).Append("</td>")
                .Append("<td class=\"nowrap\">").Append(Stamp(c.StoredAt)).Append("</td>")
                .Append("<td>").Append(Link(c.Link)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>How a State record was linked: the method in words, the match probability when the matcher decided, and when.</summary>
    private static string Link(IdentityLink? link)
    {
        if (link is null)
        {
            return "&#x2014;";
        }

        var method = link.Method switch
        {
            IdentityLink.DeterministicMethod => "first record of the child",
            IdentityLink.AlternateIdMethod => "through an alternate State student ID",
            IdentityLink.AutoLinkMethod => "matched automatically",
            IdentityLink.NearMatchMethod => "new MSIX ID, with near matches to review",
            IdentityLink.NewIdentityMethod => "new MSIX ID: no record came close",
            IdentityLink.MergedMethod => "merged by a data administrator",
            IdentityLink.SplitMethod => "split by a data administrator",
            _ => link.Method,
        };
        var text = E(method);
        if (link.Decision?.Link?.Evidence is { } evidence)
        {
            text += " <span class=\"source\">(match probability " + E(evidence.Probability.ToString("0.000", CultureInfo.InvariantCulture)) + ")</span>";
        }

        return text + " <span class=\"source\">on " + Day(link.LinkedAt) + "</span>";
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>Opens a section; when it has nothing to show, says so and closes it (false).</summary>
    private static bool OpenSection(StringBuilder html, string id, string title, int count, string noneText)
    {
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(title).Append("</h2>\n");
        if (count > 0)
        {
            return true;
        }

        html.Append("<p class=\"muted\">").Append(noneText).Append("</p>\n</section>\n");
        return false;
    }
}
