namespace Msix.Api.Access;

/// <summary>
/// The roles a caller's token carries (Entra ID app roles, the token's <c>roles</c> claim). School staff and
/// State data administrators act for one State (the token's State claim); federal staff and system
/// administrators are national.
/// </summary>
public static class Roles
{
    /// <summary>Searches, reads a child's record and flags a child leaving.</summary>
    public const string SchoolStaff = "SchoolStaff";

    /// <summary>Its own State's submissions, receipts, contacts and worklists; reads records to settle near matches.</summary>
    public const string StateDataAdministrator = "StateDataAdministrator";

    /// <summary>National reports; no child-level search unless also granted school staff.</summary>
    public const string FederalStaff = "FederalStaff";

    /// <summary>Runs the exchange: the match model and the audit trail.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    public static IReadOnlyList<string> All { get; } = [SchoolStaff, StateDataAdministrator, FederalStaff, SystemAdministrator];

    /// <summary>Whether the role acts for one State (its token must name the State).</summary>
    public static bool IsStateScoped(string role) =>
        string.Equals(role, SchoolStaff, StringComparison.Ordinal) || string.Equals(role, StateDataAdministrator, StringComparison.Ordinal);

    /// <summary>The role named by <paramref name="name"/>, in its own spelling or in kebab case ("school-staff"); null when none.</summary>
    public static string? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var compact = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return All.FirstOrDefault(r => string.Equals(r, compact, StringComparison.OrdinalIgnoreCase));
    }
}
