using Microsoft.AspNetCore.Http;

namespace Msix.Api;

/// <summary>A result with a Location header, for a 202 that points at where to look next.</summary>
internal sealed class LocatedResult(IResult inner, string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Location = location;
        return inner.ExecuteAsync(httpContext);
    }
}
