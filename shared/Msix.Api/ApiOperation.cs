using Msix.Api.Access;

namespace Msix.Api;

/// <summary>
/// One operation of the API: its name (the Functions app's function and the local host's endpoint), method,
/// route, what it does, and who may call it. <see cref="ApiCatalog"/> lists them all; the access point, the
/// OpenAPI document and the README's table of who may do what are all read from it.
/// </summary>
public sealed record ApiOperation(string Name, string Method, string Route, string Summary, AccessRule Access)
{
    /// <summary>Whether each call counts against the caller's rate limit (every call by a signed-in caller does).</summary>
    public bool RateLimited => !Access.Anonymous;

    /// <summary>The route's parameters, in order ("state", "msixId").</summary>
    public IReadOnlyList<string> RouteParameters =>
        [.. Route.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'))];
}
