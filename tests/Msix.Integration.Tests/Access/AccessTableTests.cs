using System.Net;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity;
using Msix.Integration.Tests.Hosts;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Access;

/// <summary>
/// The table of who may do what, one test per cell: each operation called with no token and as each role,
/// over HTTP against the local host. The expectations are written here, apart from the catalog the access
/// point enforces, so a change to either that does not match the other fails.
/// </summary>
public sealed class AccessTableTests(AccessHostFixture fixture) : IClassFixture<AccessHostFixture>
{
    private const string None = "no token";
    private const string OtherStateAdministrator = "StateDataAdministrator of CA";
    private static readonly string SampleMsixId = "12345678901" + MsixId.CheckDigit("12345678901");

    /// <summary>Who may call each operation (on Texas's data, for the State-scoped ones).</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["Health"] = [None, Roles.SchoolStaff, Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator, OtherStateAdministrator],
        ["GetOpenApiDocument"] = [None, Roles.SchoolStaff, Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator, OtherStateAdministrator],
        ["GetApiPage"] = [None, Roles.SchoolStaff, Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator, OtherStateAdministrator],
        ["SearchStudents"] = [Roles.SchoolStaff, Roles.StateDataAdministrator, OtherStateAdministrator],
        ["GetStudent"] = [Roles.SchoolStaff, Roles.StateDataAdministrator, OtherStateAdministrator],
        ["GetStudentPage"] = [Roles.SchoolStaff, Roles.StateDataAdministrator, OtherStateAdministrator],
        ["FlagStudentLeaving"] = [Roles.SchoolStaff, Roles.StateDataAdministrator, OtherStateAdministrator],
        ["UploadSubmission"] = [Roles.StateDataAdministrator],
        ["ListSubmissions"] = [Roles.StateDataAdministrator],
        ["GetSubmissionReceipt"] = [Roles.StateDataAdministrator],
        ["GetContacts"] = [Roles.StateDataAdministrator],
        ["PutContacts"] = [Roles.StateDataAdministrator],
        ["GetWorklist"] = [Roles.StateDataAdministrator],
        ["ListNotices"] = [Roles.StateDataAdministrator],
        ["GetNotice"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["GetNearMatch"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["ConfirmNearMatch"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["RejectNearMatch"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["ProposeMerge"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["ProposeSplit"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["GetIdentityChange"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["ValidateIdentityChange"] = [Roles.StateDataAdministrator, OtherStateAdministrator],
        ["GetMatchModel"] = [Roles.SystemAdministrator],
        ["EstimateMatchModel"] = [Roles.SystemAdministrator],
        ["GetStudentAudit"] = [Roles.SystemAdministrator],
        ["GetUserAudit"] = [Roles.SystemAdministrator],
        ["GetReport"] = [Roles.FederalStaff, Roles.SystemAdministrator],
        ["GetStateReport"] = [Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator],
        ["GetChildCountList"] = [Roles.StateDataAdministrator],
    };

    private static readonly string[] Callers = [None, Roles.SchoolStaff, Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator, OtherStateAdministrator];

    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var operation in ApiCatalog.All)
        {
            foreach (var caller in Callers)
            {
                cells.Add(operation.Name, caller);
            }
        }

        return cells;
    }

    [Fact]
    public void Every_operation_of_the_catalog_has_its_row_here()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), ApiCatalog.All.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_README_table_is_the_catalog()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        var expected = AccessTable.Markdown().Trim().ReplaceLineEndings("\n");

        // The table as it should be, to paste into the README when the catalog changes.
        Directory.CreateDirectory(Path.Combine(TestRepository.Root, ".msix"));
        File.WriteAllText(Path.Combine(TestRepository.Root, ".msix", "access-table.md"), expected + "\n");
        const string start = "<!-- access-table: written from ApiCatalog; a test keeps it equal -->";
        const string end = "<!-- /access-table -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "The README has no access table between its markers (the table is in .msix/access-table.md).");
        var table = readme[(from + start.Length)..to].Trim().ReplaceLineEndings("\n");
        Assert.Equal(expected, table);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string operationName, string caller)
    {
        var operation = ApiCatalog.Find(operationName)!;
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(PathOf(operation), UriKind.Relative));
        if (operation.Method != "GET")
        {
            request.Content = new StringContent("{}");
        }

        var token = caller switch
        {
            None => null,
            OtherStateAdministrator => LocalHostFactory.Token("cell-ca-admin", "CA", Roles.StateDataAdministrator),
            _ => LocalHostFactory.Token($"cell-{caller}", Roles.IsStateScoped(caller) ? "TX" : null, caller),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var status = response.StatusCode;
        if (Expected[operationName].Contains(caller))
        {
            Assert.True(
                status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                $"{caller} may call {operationName}, but it answered {(int)status}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
        else
        {
            Assert.Equal(caller == None ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, status);
        }
    }

    /// <summary>The operation's address on Texas's data, with IDs that exist nowhere (a permitted call then answers 400 or 404).</summary>
    private static string PathOf(ApiOperation operation)
    {
        var path = "/" + ApiRoutes.Prefix + "/" + operation.Route
            .Replace("{state}", "TX", StringComparison.Ordinal)
            .Replace("{msixId}", SampleMsixId, StringComparison.Ordinal)
            .Replace("{submissionId}", new string('a', 64), StringComparison.Ordinal)
            .Replace("{itemId}", "nm-unknown", StringComparison.Ordinal)
            .Replace("{changeId}", "merge-unknown", StringComparison.Ordinal)
            .Replace("{userId}", "someone", StringComparison.Ordinal)
            .Replace("{noticeId}", "mn-unknown", StringComparison.Ordinal)
            .Replace("{report}", "child-counts", StringComparison.Ordinal);
        return operation.Name == "SearchStudents" ? path + "?lastName=Garcia&birthDate=2015-03-04" : path;
    }
}
