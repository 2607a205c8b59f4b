namespace Msix.Domain.Audit;

/// <summary>
/// One thing a user did that the audit trail records: a read of a child's record, a search, or identity work
/// (a near match confirmed or rejected, a merge or split proposed or validated). It holds no personal data:
/// who acted is a user id, what was touched are MSIX IDs, and <see cref="Detail"/> is a short note such as
/// "page 2 of search; 14 results" or the <em>names</em> of the search criteria, never their values.
/// </summary>
/// <param name="ActorUserId">The user who acted: the bearer token's subject (<c>oid</c>, else <c>sub</c>).</param>
/// <param name="Role">The role the user acted in.</param>
/// <param name="ActorState">The State a State-scoped role acts for; null for a national role.</param>
/// <param name="At">When it happened, from the caller's <see cref="TimeProvider"/>; stored in UTC.</param>
/// <param name="Operation">The endpoint or operation, e.g. "GET /students/{msixId}" or "search".</param>
/// <param name="MsixIds">The MSIX IDs concerned, in the order the caller saw them; may be empty (a search that found none).</param>
/// <param name="Detail">An optional short, non-personal note.</param>
public sealed record AuditEvent(
    string ActorUserId,
    string Role,
    string? ActorState,
    DateTimeOffset At,
    string Operation,
    IReadOnlyList<string> MsixIds,
    string? Detail = null);
