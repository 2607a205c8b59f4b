using Microsoft.AspNetCore.Http;

namespace Msix.Api.Access;

/// <summary>
/// Who calls the API, as the access point established it from the bearer token: the user's id (the token's
/// <c>oid</c>, else <c>sub</c>), the roles, and the State a State-scoped role acts for.
/// </summary>
public sealed record Caller(string UserId, IReadOnlySet<string> Roles, string? State)
{
    private static readonly object ItemKey = new();

    /// <summary>Whether the caller holds <paramref name="role"/>.</summary>
    public bool Has(string role) => Roles.Contains(role);

    /// <summary>The role the audit trail records: the first of the caller's roles in <see cref="Access.Roles.All"/> order.</summary>
    public string PrimaryRole => Access.Roles.All.FirstOrDefault(Roles.Contains) ?? "";

    /// <summary>
    /// Whether the caller may act on <paramref name="state"/>'s data in <paramref name="role"/>: a national
    /// role for any State, a State-scoped role for its own State only.
    /// </summary>
    public bool MayActFor(string state, string role) =>
        Has(role) && (!Access.Roles.IsStateScoped(role) || string.Equals(State, state, StringComparison.Ordinal));

    /// <summary>Binds the caller the access point put on the request (minimal APIs call this).</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Of(context));
    }

    /// <summary>The caller of the request; null for an anonymous operation.</summary>
    public static Caller? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var caller) ? caller as Caller : null;
    }

    /// <summary>The caller of an operation that requires one; throws when the access point did not run.</summary>
    public static Caller Required(HttpContext context) =>
        Of(context) ?? throw new InvalidOperationException("The API's access point did not run before this operation.");

    internal void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
