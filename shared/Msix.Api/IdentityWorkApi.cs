using Microsoft.AspNetCore.Http;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;

namespace Msix.Api;

/// <summary>The data administrators' worklists: near matches to confirm or reject, merges and splits to propose and validate.</summary>
public static class IdentityWorkApi
{
    /// <summary>GET /api/states/{state}/worklist</summary>
    public static async Task<IResult> GetWorklistAsync(string state, WorklistService worklist, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(worklist);
        return UsStates.IsState(state)
            ? Results.Json(await worklist.ListAsync(state, cancellationToken), MsixJson.Options)
            : Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
    }

    /// <summary>GET /api/near-matches/{itemId}</summary>
    public static Task<IResult> GetNearMatchAsync(string itemId, Caller caller, WorklistService worklist, CancellationToken cancellationToken) =>
        RunAsync(async () => Admitted(caller, await worklist.GetAsync(itemId, cancellationToken)));

    /// <summary>POST /api/near-matches/{itemId}/confirm: the same child; proposes the merge of the two MSIX IDs.</summary>
    public static async Task<IResult> ConfirmAsync(string itemId, HttpRequest request, Caller caller, WorklistService worklist, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken, new SettleNearMatchRequest());
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.SurvivingMsixId is { } surviving && !MsixId.IsValid(surviving))
        {
            return Problems.BadMsixId("survivingMsixId");
        }

        return await RunAsync(async () =>
        {
            var item = Admitted(caller, await worklist.GetAsync(itemId, cancellationToken));
            var merge = await worklist.ConfirmAsync(itemId, caller.UserId, body.Value.SurvivingMsixId, cancellationToken);
            await audit.RecordAsync(caller, "ConfirmNearMatch", [item.MsixId, item.CandidateMsixId], $"near match {item.Id}; merge {merge.Id}", cancellationToken);
            return merge;
        });
    }

    /// <summary>POST /api/near-matches/{itemId}/reject: two children, kept apart and never proposed again.</summary>
    public static Task<IResult> RejectAsync(string itemId, Caller caller, WorklistService worklist, AuditRecorder audit, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var item = Admitted(caller, await worklist.GetAsync(itemId, cancellationToken));
            var rejected = await worklist.RejectAsync(itemId, caller.UserId, cancellationToken);
            await audit.RecordAsync(caller, "RejectNearMatch", [item.MsixId, item.CandidateMsixId], $"near match {item.Id}", cancellationToken);
            return rejected;
        });

    /// <summary>POST /api/students/{msixId}/merges: proposes merging another MSIX ID into this one; the caller's State validates it.</summary>
    public static async Task<IResult> ProposeMergeAsync(string msixId, HttpRequest request, Caller caller, IdentityChangeService changes, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ProposeMergeRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var value = body.Value!;
        if (!MsixId.IsValid(msixId))
        {
            return Problems.BadMsixId("msixId");
        }

        if (value.OtherMsixId is null || !MsixId.IsValid(value.OtherMsixId))
        {
            return Problems.BadParameter("otherMsixId", "Name the MSIX ID to merge into this one: 12 digits whose last is a check digit.");
        }

        return await RunAsync(
            async () =>
            {
                var merge = await changes.ProposeMergeAsync(msixId, value.OtherMsixId, caller.State!, caller.UserId, cancellationToken);
                await audit.RecordAsync(caller, "ProposeMerge", [msixId, value.OtherMsixId], $"merge {merge.Id}", cancellationToken);
                return merge;
            },
            StatusCodes.Status201Created);
    }

    /// <summary>POST /api/students/{msixId}/splits: proposes splitting the caller's State's record out of this MSIX ID.</summary>
    public static async Task<IResult> ProposeSplitAsync(string msixId, HttpRequest request, Caller caller, IdentityChangeService changes, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ProposeSplitRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var value = body.Value!;
        if (!MsixId.IsValid(msixId))
        {
            return Problems.BadMsixId("msixId");
        }

        if (value.State is null || !UsStates.IsState(value.State))
        {
            return Problems.BadParameter("state", "Name the State whose record leaves (TX, CA, PR ...).");
        }

        if (string.IsNullOrWhiteSpace(value.StateStudentId))
        {
            return Problems.BadParameter("stateStudentId", "Name the State student ID of the record that leaves.");
        }

        if (!caller.MayActFor(value.State, Roles.StateDataAdministrator))
        {
            return Problems.Forbidden($"Only {value.State}'s data administrators may split {value.State}'s record out of an MSIX ID.");
        }

        var recordKey = ContributionDocument.IdOf(value.State, value.StateStudentId);
        return await RunAsync(
            async () =>
            {
                var split = await changes.ProposeSplitAsync(msixId, recordKey, caller.UserId, cancellationToken);
                await audit.RecordAsync(caller, "ProposeSplit", [msixId], $"split {split.Id}", cancellationToken);
                return split;
            },
            StatusCodes.Status201Created);
    }

    /// <summary>GET /api/identity-changes/{changeId}</summary>
    public static Task<IResult> GetChangeAsync(string changeId, Caller caller, IdentityChangeService changes, CancellationToken cancellationToken) =>
        RunAsync(async () => Admitted(caller, await changes.GetAsync(changeId, cancellationToken)));

    /// <summary>POST /api/identity-changes/{changeId}/validate: a second data administrator validates; the change takes effect.</summary>
    public static Task<IResult> ValidateAsync(string changeId, Caller caller, IdentityChangeService changes, AuditRecorder audit, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            Admitted(caller, await changes.GetAsync(changeId, cancellationToken));
            var done = await changes.ValidateAsync(changeId, caller.UserId, cancellationToken);
            IReadOnlyList<string> concerned = done.Kind == IdentityChangeKind.Merge ? [done.MsixId, done.Other] : [done.MsixId, .. done.NewMsixId is null ? Array.Empty<string>() : [done.NewMsixId]];
            await audit.RecordAsync(caller, "ValidateIdentityChange", concerned, $"{done.Kind.ToString().ToLowerInvariant()} {done.Id}", cancellationToken);
            return done;
        });

    private static NearMatchItem Admitted(Caller caller, NearMatchItem item) =>
        caller.MayActFor(item.RoutedTo, Roles.StateDataAdministrator)
            ? item
            : throw new NotPermittedException($"This near match is on {item.RoutedTo}'s worklist; only {item.RoutedTo}'s data administrators may see or settle it.");

    private static IdentityChange Admitted(Caller caller, IdentityChange change) =>
        caller.MayActFor(change.RoutedTo, Roles.StateDataAdministrator)
            ? change
            : throw new NotPermittedException($"This change is on {change.RoutedTo}'s worklist; only {change.RoutedTo}'s data administrators may see or validate it.");

    private static async Task<IResult> RunAsync<T>(Func<Task<T>> action, int status = StatusCodes.Status200OK)
    {
        try
        {
            return Results.Json(await action(), MsixJson.Options, statusCode: status);
        }
        catch (IdentityWorkException e) when (e.Problem == IdentityWorkProblem.NotFound)
        {
            return Problems.NotFound(e.Message);
        }
        catch (IdentityWorkException e)
        {
            return Problems.Conflict(e.Message);
        }
        catch (NotPermittedException e)
        {
            return Problems.Forbidden(e.Message);
        }
    }
}
