using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Msix.Api;

namespace Msix.Functions.Http;

/// <summary>An HTTP function that fails answers with RFC 9457 problem details, never a stack trace; the exception is logged.</summary>
internal sealed partial class HttpExceptionMiddleware(ILogger<HttpExceptionMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
#pragma warning disable CA1031 // Every failure of an HTTP function must become a problem response.
        catch (Exception exception) when (context.GetHttpContext() is { Response.HasStarted: false } http)
#pragma warning restore CA1031
        {
            LogFailed(exception, context.FunctionDefinition.Name);
            await Problems.Unexpected().ExecuteAsync(http);
        }
    }

    public static bool IsHttpFunction(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, "httpTrigger", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Error, Message = "HTTP function {FunctionName} failed")]
    private partial void LogFailed(Exception exception, string functionName);
}
