using System.Globalization;
using Microsoft.AspNetCore.Http;
using Msix.Domain;
using Msix.Domain.Audit;
using Msix.Domain.Identity;

namespace Msix.Api;

/// <summary>The audit trail, for administrators: who read a child's record, and what a user read.</summary>
public static class AuditApi
{
    /// <summary>GET /api/students/{msixId}/audit?before=&amp;pageSize=</summary>
    public static Task<IResult> GetStudentAuditAsync(string msixId, string? before, string? pageSize, AuditTrail trail, CancellationToken cancellationToken) =>
        MsixId.IsValid(msixId)
            ? PageAsync(AuditChain.ForStudent(msixId), before, pageSize, trail, cancellationToken)
            : Task.FromResult(Problems.BadMsixId("msixId"));

    /// <summary>GET /api/users/{userId}/audit?before=&amp;pageSize=</summary>
    public static Task<IResult> GetUserAuditAsync(string userId, string? before, string? pageSize, AuditTrail trail, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(userId) || userId.Length > 150
            ? Task.FromResult(Problems.BadParameter("userId", "Name the user by the id their token carries (oid or sub)."))
            : PageAsync(AuditChain.ForUser(userId), before, pageSize, trail, cancellationToken);

    private static async Task<IResult> PageAsync(AuditChain chain, string? before, string? pageSize, AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trail);
        long? beforeSeq = null;
        if (before is not null)
        {
            if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var b) || b < 1)
            {
                return Problems.BadParameter("before", "'before' is the position an earlier page named in nextBeforeSeq (a whole number from 1).");
            }

            beforeSeq = b;
        }

        var size = 50;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 100))
        {
            return Problems.BadParameter("pageSize", "The page size is a whole number from 1 to 100.");
        }

        return Results.Json(await trail.ReadNewestAsync(chain, beforeSeq, size, cancellationToken), MsixJson.Options);
    }
}
