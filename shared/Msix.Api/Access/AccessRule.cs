namespace Msix.Api.Access;

/// <summary>
/// Who may call one operation: anyone (no token), or a caller holding one of <see cref="Roles"/>. When
/// <see cref="ScopedToRouteState"/>, a State-scoped role may call it only for its own State (the route's
/// <c>{state}</c>). Operations on items that belong to a State (a near match, a merge) check that State in
/// their handler with <see cref="Caller.MayActFor"/>: <see cref="ItemOfOwnState"/> says so.
/// </summary>
public sealed record AccessRule(bool Anonymous, IReadOnlyList<string> Roles, bool ScopedToRouteState, bool ItemOfOwnState = false)
{
    public static AccessRule Anyone { get; } = new(true, [], false);

    public static AccessRule AnyOf(params string[] roles) => new(false, roles, false);

    public static AccessRule OwnState(params string[] roles) => new(false, roles, true);

    /// <summary>For the roles' own State's items only (a near match on its worklist, its record to split).</summary>
    public static AccessRule OwnStateItems(params string[] roles) => new(false, roles, false, true);

    /// <summary>
    /// Whether <paramref name="caller"/> holds a role this rule admits: a national role as it is; a State-scoped
    /// role only with its State, and, when the rule is scoped to the route's State, only for that State (a
    /// route without one admits no State-scoped role).
    /// </summary>
    public bool Admits(Caller caller, string? routeState)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Anonymous || Roles.Any(role =>
            caller.Has(role) &&
            (!Access.Roles.IsStateScoped(role) ||
             (caller.State is not null && (!ScopedToRouteState || string.Equals(caller.State, routeState, StringComparison.Ordinal)))));
    }
}
