using System.Globalization;
using Microsoft.AspNetCore.Http;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Mde;
using Msix.Domain.Notices;

namespace Msix.Api;

/// <summary>A State's move notices and how their mails went, for its data administrators.</summary>
public static class NoticesApi
{
    /// <summary>GET /api/states/{state}/notices[?max=]</summary>
    public static async Task<IResult> ListAsync(string state, string? max, NoticeService notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        var count = 50;
        if (max is not null && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 500))
        {
            return Problems.BadParameter("max", "'max' is a whole number from 1 to 500.");
        }

        var listed = await notices.ListAsync(state, count, cancellationToken);
        return Results.Json(listed.Select(n => new NoticeView(n.Notice, n.Delivery)), MsixJson.Options);
    }

    /// <summary>GET /api/notices/{noticeId}: for the data administrators of the State it was sent to.</summary>
    public static async Task<IResult> GetAsync(string noticeId, Caller caller, NoticeService notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(notices);
        if (string.IsNullOrWhiteSpace(noticeId) || !noticeId.StartsWith("mn-", StringComparison.Ordinal) || noticeId.Length > 64)
        {
            return Problems.BadParameter("noticeId", "A notice ID is \"mn-\" and 32 hexadecimal characters.");
        }

        var found = await notices.GetAsync(noticeId, cancellationToken);
        if (found is not { } notice)
        {
            return Problems.NotFound($"There is no move notice {noticeId}.");
        }

        return caller.MayActFor(notice.Notice.ReceivingState, Roles.StateDataAdministrator)
            ? Results.Json(new NoticeView(notice.Notice, notice.Delivery), MsixJson.Options)
            : Problems.Forbidden($"This notice is for {notice.Notice.ReceivingState}; only its data administrators may read it.");
    }
}

/// <summary>A move notice and how its mails went (null until its first delivery).</summary>
public sealed record NoticeView(MoveNotice Notice, NoticeDelivery? Delivery);
