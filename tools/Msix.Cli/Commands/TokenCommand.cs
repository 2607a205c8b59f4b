using System.CommandLine;
using Msix.Api.Access;
using Msix.Cli.Stack;
using Msix.DevStack;
using Msix.Domain.Mde;

namespace Msix.Cli.Commands;

/// <summary>./msix token: a bearer token for the local stack, signed by its development key.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = $"The role: {string.Join(", ", Roles.All)} (or school-staff, state-data-administrator ...).", Required = true };
        var state = new Option<string?>("--state") { Description = "The State the role acts for (TX, CA ...); required for school staff and State data administrators." };
        var user = new Option<string?>("--user") { Description = "The user id the token names (default: a name made of the role and State)." };
        var hours = new Option<int>("--hours") { Description = "How long the token lasts.", DefaultValueFactory = _ => 8 };
        var command = new Command("token", "Prints a bearer token for the local host (only the local host trusts its key).") { role, state, user, hours };
        command.SetAction(parse =>
        {
            var parsedRole = Roles.Parse(parse.GetValue(role)!);
            var stateCode = parse.GetValue(state)?.ToUpperInvariant();
            if (parsedRole is null)
            {
                Console.Error.WriteLine($"'{parse.GetValue(role)}' is not a role; the roles are {string.Join(", ", Roles.All)}.");
                return 2;
            }

            if (Roles.IsStateScoped(parsedRole) && (stateCode is null || !UsStates.IsState(stateCode)))
            {
                Console.Error.WriteLine($"{parsedRole} acts for one State: name it with --state (TX, CA, PR ...).");
                return 2;
            }

            var userId = parse.GetValue(user) ?? $"{parsedRole.ToLowerInvariant()}{(stateCode is null ? "" : "-" + stateCode.ToLowerInvariant())}@local";
            var key = DevelopmentKey.Ensure(RepositoryRoot.Find());
            Console.WriteLine(DevelopmentTokens.Mint(key, userId, [parsedRole], Roles.IsStateScoped(parsedRole) ? stateCode : null, TimeProvider.System, TimeSpan.FromHours(parse.GetValue(hours))));
            return 0;
        });
        return command;
    }
}
