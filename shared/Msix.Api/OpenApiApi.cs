using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Msix.Api;

/// <summary>
/// The OpenAPI 3.1 document of the whole API, built from <see cref="ApiCatalog"/> (so it lists exactly what
/// the hosts serve and who may call each operation), and a page that renders it without any script.
/// </summary>
public static class OpenApiApi
{
    private static readonly Dictionary<string, (string Name, string Description)[]> QueryParameters = new(StringComparer.Ordinal)
    {
        ["SearchStudents"] =
        [
            ("firstName", "The child's first name (typos, accents and nicknames tolerated)."),
            ("lastName", "One surname or both; matches either of the child's surnames."),
            ("birthDate", "yyyy-MM-dd."),
            ("sex", "F, M or X."),
            ("state", "Only children with a record from this State."),
            ("stateStudentId", "A State student ID (with state)."),
            ("msixId", "An MSIX ID."),
            ("parentName", "A parent's name."),
            ("birthCity", "The child's birth city."),
            ("page", "From 1."),
            ("pageSize", "1 to 50 (20)."),
        ],
        ["GetSubmissionReceipt"] = [("format", "json (default) or csv (the errors).")],
        ["ListSubmissions"] = [("max", "1 to 500 (50).")],
        ["ListNotices"] = [("max", "1 to 500 (50).")],
        ["GetStudentAudit"] = [("before", "The nextBeforeSeq of the previous page."), ("pageSize", "1 to 100 (50).")],
        ["GetUserAudit"] = [("before", "The nextBeforeSeq of the previous page."), ("pageSize", "1 to 100 (50).")],
    };

    private static readonly Lazy<string> Document = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>GET /api/openapi.json</summary>
    public static IResult GetDocument() => Results.Text(Document.Value, "application/json; charset=utf-8");

    /// <summary>GET /api/docs</summary>
    public static IResult GetPage() => Results.Content(RenderPage(), "text/html; charset=utf-8");

    /// <summary>The document as a JSON tree.</summary>
    public static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var group in ApiCatalog.All.GroupBy(o => o.Route, StringComparer.Ordinal))
        {
            var path = new JsonObject();
            foreach (var operation in group)
            {
                path[operation.Method.ToLowerInvariant()] = OperationOf(operation);
            }

            paths["/" + ApiRoutes.Prefix + "/" + group.Key] = path;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "MSIX: the Migrant Student Information Exchange",
                ["version"] = "1",
                ["description"] = "Search migratory children, read their consolidated records, and keep the States' data. Every call but the health check and this document needs a bearer token; the roles that may call each operation are listed in x-msix-roles.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
                ["schemas"] = new JsonObject
                {
                    ["Problem"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "RFC 9457 problem details; 'field' names the parameter at fault.",
                        ["properties"] = new JsonObject
                        {
                            ["title"] = new JsonObject { ["type"] = "string" },
                            ["status"] = new JsonObject { ["type"] = "integer" },
                            ["detail"] = new JsonObject { ["type"] = "string" },
                            ["field"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
            },
        };
    }

    private static JsonObject OperationOf(ApiOperation operation)
    {
        var parameters = new JsonArray();
        foreach (var name in operation.RouteParameters)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        }

        foreach (var (name, description) in QueryParameters.GetValueOrDefault(operation.Name) ?? [])
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } });
        }

        var responses = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } };
        if (operation.Method == "POST")
        {
            responses["201"] = new JsonObject { ["description"] = "Created" };
            responses["202"] = new JsonObject { ["description"] = "Accepted" };
        }

        if (!operation.Access.Anonymous)
        {
            foreach (var (code, description) in new[] { ("400", "A parameter is not valid."), ("401", "No token, or a token that is not good."), ("403", "The caller's roles or State do not permit it."), ("404", "Not found."), ("409", "The action does not fit the item's state."), ("429", "Over the caller's rate limit; see Retry-After.") })
            {
                responses[code] = new JsonObject
                {
                    ["description"] = description,
                    ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
                };
            }
        }

        var result = new JsonObject
        {
            ["operationId"] = operation.Name,
            ["summary"] = operation.Summary,
            ["parameters"] = parameters,
            ["responses"] = responses,
            ["x-msix-roles"] = new JsonArray([.. operation.Access.Roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
            ["x-msix-own-state-only"] = operation.Access.ScopedToRouteState,
        };
        result["security"] = operation.Access.Anonymous
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        return result;
    }

    private static string RenderPage()
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>MSIX API</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}table{border-collapse:collapse;width:100%}")
            .Append("td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}code{background:#f3f3f3;padding:0 .2rem}")
            .Append(".m{font-weight:bold;font-family:monospace}</style></head><body>")
            .Append("<h1>MSIX: the Migrant Student Information Exchange API</h1>")
            .Append("<p>The machine-readable document is <a href=\"openapi.json\">openapi.json</a>. Send <code>Authorization: Bearer &lt;token&gt;</code> to every operation but the open ones.</p>")
            .Append("<table><thead><tr><th>method</th><th>route</th><th>what</th><th>parameters</th><th>who may call it</th></tr></thead><tbody>");
        foreach (var operation in ApiCatalog.All)
        {
            var parameters = operation.RouteParameters.Select(p => $"<code>{{{E(p)}}}</code>")
                .Concat((QueryParameters.GetValueOrDefault(operation.Name) ?? []).Select(q => $"<code>?{E(q.Name)}</code> {E(q.Description)}"));
            var who = operation.Access.Anonymous
                ? "anyone (no token)"
                : E(string.Join(", ", operation.Access.Roles)) + (operation.Access.ScopedToRouteState ? " (own State only)" : "");
            html.Append("<tr><td class=\"m\">").Append(E(operation.Method)).Append("</td><td><code>/")
                .Append(E(ApiRoutes.Prefix + "/" + operation.Route)).Append("</code></td><td>").Append(E(operation.Summary))
                .Append("</td><td>").Append(string.Join("<br>", parameters)).Append("</td><td>").Append(who).Append("</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
