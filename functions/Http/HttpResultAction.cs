using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Msix.Functions.Http;

/// <summary>
/// Runs an ASP.NET Core <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions worker's
/// ASP.NET Core integration executes, so both hosts share the API's handlers unchanged.
/// </summary>
internal sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}

internal static class HttpResultActionExtensions
{
    public static IActionResult ToActionResult(this IResult result) => new HttpResultAction(result);
}
