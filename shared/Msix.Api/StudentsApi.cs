using System.Globalization;
using Microsoft.AspNetCore.Http;
using Msix.Api.Access;
using Msix.Api.Pages;
using Msix.Domain;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Notices;
using Msix.Domain.Records;
using Msix.Domain.Reports.Usage;
using Msix.Domain.Search;

namespace Msix.Api;

/// <summary>School staff find a child and read the child's consolidated record; every search and read is audited.</summary>
public static class StudentsApi
{
    private static readonly string[] SearchParameters =
        ["firstName", "lastName", "birthDate", "sex", "state", "stateStudentId", "msixId", "parentName", "birthCity", "page", "pageSize"];

    /// <summary>GET /api/students?firstName=&amp;lastName=&amp;birthDate=...</summary>
    public static async Task<IResult> SearchAsync(HttpRequest request, Caller caller, StudentSearch search, AuditRecorder audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(audit);
        var query = request.Query;
        var unknown = query.Keys.FirstOrDefault(k => !SearchParameters.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return Problems.BadParameter(unknown, $"'{unknown}' is not a search parameter; they are {string.Join(", ", SearchParameters)}.");
        }

        string? Text(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? birthDate = null;
        if (Text("birthDate") is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Problems.BadParameter("birthDate", "A birth date is written yyyy-MM-dd, such as 2014-03-09.");
            }

            birthDate = parsed;
        }

        if (Text("sex") is { } sex && sex is not ("F" or "M" or "X"))
        {
            return Problems.BadParameter("sex", "Sex is F, M or X.");
        }

        var state = Text("state")?.ToUpperInvariant();
        if (state is not null && !UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        if (Text("msixId") is { } msixId && !MsixId.IsValid(msixId))
        {
            return Problems.BadMsixId("msixId");
        }

        if (!TryNumber(Text("page"), 1, 1, 10_000, out var page))
        {
            return Problems.BadParameter("page", "The page is a whole number from 1.");
        }

        if (!TryNumber(Text("pageSize"), 20, 1, 50, out var pageSize))
        {
            return Problems.BadParameter("pageSize", "The page size is a whole number from 1 to 50.");
        }

        var criteria = new SearchCriteria(Text("firstName"), Text("lastName"), birthDate, Text("sex"), state, Text("stateStudentId"), Text("msixId"), Text("parentName"), Text("birthCity"));
        var outcome = await search.SearchAsync(criteria, page, pageSize, cancellationToken);
        if (outcome.Results is null)
        {
            return Problems.TooBroad(outcome.Refusal!);
        }

        var results = outcome.Results;
        await audit.RecordAsync(
            caller,
            "SearchStudents",
            [.. results.Hits.Select(h => h.MsixId)],
            $"criteria: {string.Join(",", criteria.Given)}; page {results.Page}; {results.Total} found",
            cancellationToken);
        return Results.Json(results, MsixJson.Options);
    }

    /// <summary>GET /api/students/{msixId}</summary>
    public static async Task<IResult> GetStudentAsync(string msixId, Caller caller, StudentRecordReader reader, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var (record, problem) = await ReadAsync(msixId, caller, "GetStudent", reader, audit, cancellationToken);
        return problem ?? Results.Json(record, MsixJson.Options);
    }

    /// <summary>GET /api/students/{msixId}/print: the same record as a page to print for the child's file.</summary>
    public static async Task<IResult> GetStudentPageAsync(string msixId, Caller caller, StudentRecordReader reader, AuditRecorder audit, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var (record, problem) = await ReadAsync(msixId, caller, "GetStudentPage", reader, audit, cancellationToken);
        return problem ?? Results.Content(StudentRecordPage.Render(record!, time.GetUtcNow()), "text/html; charset=utf-8");
    }

    /// <summary>POST /api/students/{msixId}/leaving: <c>{"destinationState": "FL"}</c>, or an empty body when the destination is unknown.</summary>
    public static async Task<IResult> FlagLeavingAsync(string msixId, HttpRequest request, Caller caller, NoticeService notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(notices);
        if (!MsixId.IsValid(msixId))
        {
            return Problems.BadMsixId("msixId");
        }

        var (body, problem) = await JsonBody.ReadAsync(request, cancellationToken, new LeavingRequest(null));
        if (problem is not null)
        {
            return problem;
        }

        var destination = body?.DestinationState?.Trim().ToUpperInvariant();
        if (destination is { Length: 0 })
        {
            destination = null;
        }

        if (destination is not null && !UsStates.IsState(destination))
        {
            return Problems.BadParameter("destinationState", $"'{destination}' is not a State code (TX, CA, PR ...).");
        }

        if (string.Equals(destination, caller.State, StringComparison.Ordinal))
        {
            return Problems.BadParameter("destinationState", "A child leaving for the State they are in is not leaving: name another State, or none.");
        }

        var notice = await notices.FlagLeavingAsync(msixId, caller.State!, destination, caller.UserId, cancellationToken);
        return notice is null
            ? Problems.NotFound($"No State holds a record of a child with MSIX ID {msixId}.")
            : Results.Json(notice, MsixJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<(StudentRecordView? Record, IResult? Problem)> ReadAsync(
        string msixId, Caller caller, string operation, StudentRecordReader reader, AuditRecorder audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(audit);
        if (!MsixId.IsValid(msixId))
        {
            return (null, Problems.BadMsixId("msixId"));
        }

        // The read is recorded while the record is read (an attempt at an unknown MSIX ID too); neither answer
        // leaves before the trail holds it.
        var reading = reader.GetAsync(msixId, cancellationToken);
        var recording = audit.RecordAsync(caller, operation, [msixId], null, cancellationToken);
        await Task.WhenAll(reading, recording);
        var record = await reading;
        if (record is null)
        {
            return (null, Problems.NotFound($"No State holds a record of a child with MSIX ID {msixId}."));
        }

        if (!string.Equals(record.MsixId, msixId, StringComparison.Ordinal))
        {
            // A merged MSIX ID: the record read is the surviving one's, so its chain records the read too.
            await audit.RecordAsync(caller, operation, [record.MsixId], $"{UsageAccumulator.MergedReadDetail} {msixId}", cancellationToken);
        }

        return (record, null);
    }

    private static bool TryNumber(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}

/// <summary>The body of a "student leaving" flag.</summary>
/// <param name="DestinationState">Where the child is going, when known.</param>
public sealed record LeavingRequest(string? DestinationState);
