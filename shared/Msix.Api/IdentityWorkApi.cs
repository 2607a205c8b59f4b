using System.Text.Json;
using Microsoft.AspNetCore.Http;
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
    public static Task<IResult> GetNearMatchAsync(string itemId, WorklistService worklist, CancellationToken cancellationToken) =>
        RunAsync(() => worklist.GetAsync(itemId, cancellationToken));

    /// <summary>POST /api/near-matches/{itemId}/confirm: the same child; proposes the merge of the two MSIX IDs.</summary>
    public static async Task<IResult> ConfirmAsync(string itemId, HttpRequest request, WorklistService worklist, CancellationToken cancellationToken)
    {
        var body = await BodyAsync<SettleNearMatchRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        if (body.Value!.SurvivingMsixId is { } surviving && !MsixId.IsValid(surviving))
        {
            return Problems.BadMsixId("survivingMsixId");
        }

        return await RunAsync(() => worklist.ConfirmAsync(itemId, body.Actor!, body.Value.SurvivingMsixId, cancellationToken));
    }

    /// <summary>POST /api/near-matches/{itemId}/reject: two children, kept apart and never proposed again.</summary>
    public static async Task<IResult> RejectAsync(string itemId, HttpRequest request, WorklistService worklist, CancellationToken cancellationToken)
    {
        var body = await BodyAsync<SettleNearMatchRequest>(request, cancellationToken);
        return body.Problem ?? await RunAsync(() => worklist.RejectAsync(itemId, body.Actor!, cancellationToken));
    }

    /// <summary>POST /api/students/{msixId}/merges: proposes merging another MSIX ID into this one.</summary>
    public static async Task<IResult> ProposeMergeAsync(string msixId, HttpRequest request, IdentityChangeService changes, CancellationToken cancellationToken)
    {
        var body = await BodyAsync<ProposeMergeRequest>(request, cancellationToken);
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

        if (value.State is null || !UsStates.IsState(value.State))
        {
            return Problems.BadParameter("state", "Name the proposing administrator's State (TX, CA, PR ...): its worklist gets the validation.");
        }

        return await RunAsync(() => changes.ProposeMergeAsync(msixId, value.OtherMsixId, value.State, body.Actor!, cancellationToken), StatusCodes.Status201Created);
    }

    /// <summary>POST /api/students/{msixId}/splits: proposes splitting a State's record out of this MSIX ID.</summary>
    public static async Task<IResult> ProposeSplitAsync(string msixId, HttpRequest request, IdentityChangeService changes, CancellationToken cancellationToken)
    {
        var body = await BodyAsync<ProposeSplitRequest>(request, cancellationToken);
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

        var recordKey = ContributionDocument.IdOf(value.State, value.StateStudentId);
        return await RunAsync(() => changes.ProposeSplitAsync(msixId, recordKey, body.Actor!, cancellationToken), StatusCodes.Status201Created);
    }

    /// <summary>GET /api/identity-changes/{changeId}</summary>
    public static Task<IResult> GetChangeAsync(string changeId, IdentityChangeService changes, CancellationToken cancellationToken) =>
        RunAsync(() => changes.GetAsync(changeId, cancellationToken));

    /// <summary>POST /api/identity-changes/{changeId}/validate: a second data administrator validates; the change takes effect.</summary>
    public static async Task<IResult> ValidateAsync(string changeId, HttpRequest request, IdentityChangeService changes, CancellationToken cancellationToken)
    {
        var body = await BodyAsync<ValidateRequest>(request, cancellationToken);
        return body.Problem ?? await RunAsync(() => changes.ValidateAsync(changeId, body.Actor!, cancellationToken));
    }

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
    }

    /// <summary>The request's JSON body, or the problem with it; every body names its actor.</summary>
    private static async Task<(T? Value, string? Actor, IResult? Problem)> BodyAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(request.Body, MsixJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, null, Problems.BadParameter("body", $"The body is not the JSON this action takes: {e.Message}"));
        }

        var actor = value switch
        {
            SettleNearMatchRequest s => s.Actor,
            ProposeMergeRequest m => m.Actor,
            ProposeSplitRequest s => s.Actor,
            ValidateRequest v => v.Actor,
            _ => null,
        };
        return value is null || string.IsNullOrWhiteSpace(actor)
            ? (null, null, Problems.BadParameter("actor", "Name the data administrator who acts in 'actor'."))
            : (value, actor, null);
    }
}
