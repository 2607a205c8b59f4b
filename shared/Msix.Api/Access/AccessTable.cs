using System.Text;

namespace Msix.Api.Access;

/// <summary>The README's table of who may do what, written from <see cref="ApiCatalog"/> (a test keeps the README equal to it).</summary>
public static class AccessTable
{
    public static string Markdown()
    {
        var table = new StringBuilder();
        table.Append("| method | route | what | no token | ").AppendJoin(" | ", Roles.All).AppendLine(" |");
        table.Append("|---|---|---|---|").AppendJoin("", Roles.All.Select(_ => "---|")).AppendLine();
        foreach (var operation in ApiCatalog.All)
        {
            table.Append("| ").Append(operation.Method).Append(" | `/").Append(ApiRoutes.Prefix).Append('/').Append(operation.Route).Append("` | ")
                .Append(operation.Summary.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ")
                .Append(operation.Access.Anonymous ? "yes" : "no (401)").Append(" |");
            foreach (var role in Roles.All)
            {
                table.Append(' ').Append(Cell(operation, role)).Append(" |");
            }

            table.AppendLine();
        }

        return table.ToString();
    }

    private static string Cell(ApiOperation operation, string role) =>
        operation.Access.Anonymous ? "yes"
        : !operation.Access.Roles.Contains(role) ? "no (403)"
        : operation.Access.ScopedToRouteState && Roles.IsStateScoped(role) ? "own State"
        : operation.Access.ItemOfOwnState && Roles.IsStateScoped(role) ? "own State's items"
        : "yes";
}
