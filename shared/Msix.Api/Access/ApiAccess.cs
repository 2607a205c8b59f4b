using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Msix.Api.Access;

/// <summary>
/// The API's one authorisation point, run before every operation by both hosts: the bearer token is checked,
/// the caller put on the request, the operation's rule in <see cref="ApiCatalog"/> applied (roles, and the
/// route's State for State-scoped roles), and the caller's rate limit taken. An operation missing from the
/// catalog is refused.
/// </summary>
public sealed partial class ApiAccess(TokenValidator tokens, CallerRateLimiter limiter, ILogger<ApiAccess> logger)
{
    /// <summary>Null when the call may go on; else the problem to answer with.</summary>
    /// <param name="routeValue">The request's route values ("state").</param>
    public async Task<IResult?> CheckAsync(HttpContext http, string operationName, Func<string, string?> routeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(routeValue);
        var operation = ApiCatalog.Find(operationName);
        if (operation is null)
        {
            LogUnlisted(operationName);
            return Problems.Forbidden("This operation is not in the API's table of who may do what.");
        }

        if (operation.Access.Anonymous)
        {
            return null;
        }

        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return Problems.Unauthorized("Send a bearer token in the Authorization header (on the local stack, ./msix token mints one).");
        }

        var (caller, failure) = await tokens.ValidateAsync(header[7..].Trim(), cancellationToken);
        if (caller is null)
        {
            LogRejectedToken(operation.Name, failure);
            return Problems.Unauthorized(failure ?? "The token is not valid.");
        }

        caller.AttachTo(http);
        var state = operation.Access.ScopedToRouteState ? routeValue("state")?.ToUpperInvariant() : null;
        if (!operation.Access.Admits(caller, state))
        {
            LogForbidden(caller.UserId, operation.Name);
            return Problems.Forbidden(
                operation.Access.ScopedToRouteState && caller.State is not null && state is not null && !string.Equals(caller.State, state, StringComparison.Ordinal)
                    ? $"{operation.Name} is open to {string.Join(" or ", operation.Access.Roles)} of {state} only; this account acts for {caller.State}."
                    : $"{operation.Name} needs one of these roles: {string.Join(", ", operation.Access.Roles)}{(operation.Access.Roles.Any(Roles.IsStateScoped) ? " (with the State it acts for)" : "")}.");
        }

        if (operation.RateLimited && limiter.TryAcquire(caller.UserId) is { } retryAfter)
        {
            LogLimited(caller.UserId, operation.Name);
            return Problems.TooManyRequests(retryAfter);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Operation} is missing from the API catalog; refused")]
    private partial void LogUnlisted(string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "A token was refused for {Operation}: {Reason}")]
    private partial void LogRejectedToken(string operation, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} is not permitted {Operation}")]
    private partial void LogForbidden(string userId, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} is over the rate limit ({Operation})")]
    private partial void LogLimited(string userId, string operation);
}
