using Msix.Api;
using Msix.Api.Access;

namespace Msix.Domain.Tests.Access;

public sealed class AccessRuleTests
{
    private static Caller As(string role, string? state) => new("u", new HashSet<string> { role }, state);

    [Fact]
    public void A_State_scoped_role_is_admitted_for_its_own_State_only_and_never_without_a_State()
    {
        var rule = AccessRule.OwnState(Roles.StateDataAdministrator);

        Assert.True(rule.Admits(As(Roles.StateDataAdministrator, "TX"), "TX"));
        Assert.False(rule.Admits(As(Roles.StateDataAdministrator, "CA"), "TX"));
        Assert.False(rule.Admits(As(Roles.StateDataAdministrator, null), "TX"));
        Assert.False(rule.Admits(As(Roles.StateDataAdministrator, "TX"), null));
        Assert.False(rule.Admits(As(Roles.SchoolStaff, "TX"), "TX"));
    }

    [Fact]
    public void A_national_role_needs_no_State_and_a_role_outside_the_rule_is_refused()
    {
        var rule = AccessRule.AnyOf(Roles.SystemAdministrator, Roles.SchoolStaff);

        Assert.True(rule.Admits(As(Roles.SystemAdministrator, null), null));
        Assert.True(rule.Admits(As(Roles.SchoolStaff, "FL"), null));
        Assert.False(rule.Admits(As(Roles.SchoolStaff, null), null));
        Assert.False(rule.Admits(As(Roles.FederalStaff, null), null));
        Assert.True(AccessRule.Anyone.Admits(new Caller("u", new HashSet<string>(), null), null));
    }

    [Fact]
    public void Every_operation_with_a_State_in_its_route_that_a_State_role_may_call_is_scoped_to_that_State()
    {
        var unscoped = ApiCatalog.All
            .Where(o => o.RouteParameters.Contains("state") && !o.Access.Anonymous && o.Access.Roles.Any(Roles.IsStateScoped) && !o.Access.ScopedToRouteState)
            .Select(o => o.Name);

        Assert.Empty(unscoped);
    }
}
