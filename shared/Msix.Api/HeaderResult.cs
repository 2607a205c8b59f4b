using Microsoft.AspNetCore.Http;

namespace Msix.Api;

/// <summary>A result with one more response header: a Location for a 202, a Retry-After for a 429, a WWW-Authenticate for a 401.</summary>
internal sealed class HeaderResult(IResult inner, string name, string value) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
