using Microsoft.AspNetCore.Http;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Mde;
using Msix.Domain.Notices;

namespace Msix.Api;

/// <summary>A State's move-notice contacts, kept by its data administrators.</summary>
public static class ContactsApi
{
    /// <summary>GET /api/states/{state}/contacts</summary>
    public static async Task<IResult> GetAsync(string state, NoticeService notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        return UsStates.IsState(state)
            ? Results.Json(await notices.GetContactsAsync(state, cancellationToken), MsixJson.Options)
            : Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
    }

    /// <summary>PUT /api/states/{state}/contacts: <c>{"contacts": [{"name", "email", "notices": ["Arrived", ...]}]}</c></summary>
    public static async Task<IResult> PutAsync(string state, HttpRequest request, Caller caller, NoticeService notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(notices);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<ContactsRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        if (body?.Contacts is null)
        {
            return Problems.BadParameter("contacts", "Send {\"contacts\": [...]}: each contact with a name, an email and the notices they want.");
        }

        var (saved, field, problem) = await notices.PutContactsAsync(state, body.Contacts, caller.UserId, cancellationToken);
        return saved is null ? Problems.BadParameter(field!, problem!) : Results.Json(saved, MsixJson.Options);
    }
}

/// <summary>A State's whole list of contacts.</summary>
public sealed record ContactsRequest(IReadOnlyList<NoticeContact>? Contacts);
