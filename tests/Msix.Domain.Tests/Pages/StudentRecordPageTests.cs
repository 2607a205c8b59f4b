using System.Text.RegularExpressions;
using Msix.Api.Pages;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Tests.Records;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Records.StudentRecordTestbed;

namespace Msix.Domain.Tests.Pages;

public sealed class StudentRecordPageTests
{
    private static readonly DateTimeOffset PrintedAt = new(2026, 11, 25, 14, 30, 0, TimeSpan.Zero);

    private readonly StudentRecordTestbed _bed = new();

    private async Task<StudentRecordView> ViewAsync(Func<Demographics, Demographics>? texasNames = null)
    {
        await _bed.Links.UpsertAsync(
            new IdentityLink("CA-CA-778", "CA", "CA-778", ChildId, IdentityLink.AutoLinkMethod, TestRecords.AsOf.AddDays(3)),
            TestContext.Current.CancellationToken);
        return await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 5, c => c with
            {
                Demographics = (texasNames ?? (d => d))(c.Demographics! with { LastName1 = "García López" }),
                Enrollments = [c.Enrollments[0] with { MedicalAlertIndicator = MedicalAlertIndicator.Chronic }],
                Courses = [.. c.Courses, Course("English I", "English Language Arts", 0.5m, null, inProgress: true)],
                Assessments = [new Assessment("STAAR Algebra I", "Mathematics", AssessmentType.EndOfCourse, new YearMonth(2025, 5), AssessmentReportingMethod.ScaleScore, "4012", AssessmentInterpretation.Passed)],
            }), "tx-sub-1"),
            Contribution("CA", Child("CA-778", 0, c => c with
            {
                Demographics = c.Demographics! with { LastName1 = "García" },
                Enrollments = [Enrollment("Salinas High School", new DateOnly(2024, 9, 3), GradeLevel.Grade08)],
                Courses = [Course("Geometry", "Mathematics", 0.5m, 0.5m, year: "2024-2025", term: TermType.SummerTerm, school: "Salinas High School")],
            }), "ca-sub-7"));
    }

    [Fact]
    public async Task The_page_shows_the_record_with_its_sources()
    {
        var view = await ViewAsync();

        var html = StudentRecordPage.Render(view, PrintedAt);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>MSIX consolidated record " + ChildId + "</title>", html, StringComparison.Ordinal);
        Assert.Contains("Printed at 2026-11-25 14:30 UTC", html, StringComparison.Ordinal);
        // Demographics with their source, and the State that disagrees.
        Assert.Contains("<td>García López</td><td class=\"source nowrap\">TX, 2026-10-06</td>", html, StringComparison.Ordinal);
        Assert.Contains("García <span class=\"source\">(CA, 2026-10-01)</span>", html, StringComparison.Ordinal);
        Assert.Contains("2011-03-09", html, StringComparison.Ordinal);
        // Enrollments, most recent first, courses by year and term, the credit summary.
        Assert.True(html.IndexOf("Weslaco East High School", StringComparison.Ordinal) < html.IndexOf("Salinas High School", StringComparison.Ordinal));
        Assert.Contains("Ninth grade (09)", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("School year 2025-2026", StringComparison.Ordinal) < html.IndexOf("School year 2024-2025", StringComparison.Ordinal));
        Assert.Contains("<h4>Semester</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Summer term</h4>", html, StringComparison.Ordinal);
        Assert.Contains("Algebra I", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">1.5</td><td class=\"num\">1.5</td><td class=\"num\">0.5</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("STAAR Algebra I", html, StringComparison.Ordinal);
        // Health, with its source enrollment.
        Assert.Contains("<td>Chronic: A chronic condition that may need attention at school</td>", html, StringComparison.Ordinal);
        Assert.Contains("Enrollment of 2025-08-25 at Weslaco East High School (TX record of 2026-10-06)", html, StringComparison.Ordinal);
        // Sources: the States, their submissions and how they were linked.
        Assert.Contains("Texas (TX)", html, StringComparison.Ordinal);
        Assert.Contains("California (CA)", html, StringComparison.Ordinal);
        Assert.Contains("tx-sub-1", html, StringComparison.Ordinal);
        Assert.Contains("ca-sub-7", html, StringComparison.Ordinal);
        Assert.Contains("matched automatically", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_self_contained_and_printable()
    {
        var html = StudentRecordPage.Render(await ViewAsync(), PrintedAt);

        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        foreach (var tag in new[] { "html", "head", "body", "section", "table", "thead", "tbody", "tr", "td", "th", "h2", "h3", "h4", "p", "span" })
        {
            Assert.True(Opened(html, tag) == Closed(html, tag), $"<{tag}> opened {Opened(html, tag)} times, closed {Closed(html, tag)}");
        }
    }

    [Fact]
    public async Task Every_value_is_html_encoded()
    {
        var view = await ViewAsync(d => d with { FirstName = "<script>alert(\"x\")</script>", BirthCity = "Ciudad & <b>Juárez</b>", Parent1FirstName = "O'Brien" });

        var html = StudentRecordPage.Render(view, PrintedAt);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Ciudad &amp; &lt;b&gt;Juárez&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("O&#x27;Brien", html, StringComparison.Ordinal);
    }

    private static int Opened(string html, string tag) => Regex.Count(html, "<" + tag + "[ >]");

    private static int Closed(string html, string tag) => Regex.Count(html, "</" + tag + ">");
}
