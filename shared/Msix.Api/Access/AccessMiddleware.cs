using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Msix.Api.Access;

/// <summary>Runs <see cref="ApiAccess"/> before every endpoint of an ASP.NET Core host, by the endpoint's name.</summary>
public sealed class AccessMiddleware(RequestDelegate next, ApiAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (name is not null)
        {
            var problem = await access.CheckAsync(context, name, key => context.GetRouteValue(key)?.ToString(), context.RequestAborted);
            if (problem is not null)
            {
                await problem.ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }
}
