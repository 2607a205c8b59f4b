using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Msix.Api.Access;

namespace Msix.Functions.Http;

/// <summary>Runs <see cref="ApiAccess"/> before every HTTP function, by the function's name.</summary>
internal sealed class AccessMiddleware(ApiAccess access) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.GetHttpContext() ?? throw new InvalidOperationException("An HTTP function ran without its HttpContext.");
        var data = context.BindingContext.BindingData;
        var problem = await access.CheckAsync(
            http,
            context.FunctionDefinition.Name,
            key => data.TryGetValue(key, out var value) ? value?.ToString() : null,
            context.CancellationToken);
        if (problem is not null)
        {
            await problem.ExecuteAsync(http);
            return;
        }

        await next(context);
    }
}
