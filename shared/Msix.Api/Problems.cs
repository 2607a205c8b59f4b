using Microsoft.AspNetCore.Http;

namespace Msix.Api;

/// <summary>RFC 9457 problem details with a clear message, and the parameter at fault where there is one.</summary>
public static class Problems
{
    public static IResult BadParameter(string field, string detail) =>
        Results.Problem(
            title: "A parameter is not valid.",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>A parameter that is not a valid MSIX ID.</summary>
    public static IResult BadMsixId(string field) =>
        BadParameter(field, "An MSIX ID is 12 digits whose last is a check digit; this one is mistyped or incomplete.");

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found.", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) =>
        Results.Problem(title: "The action does not fit the item's state.", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult TooLarge(string detail) =>
        Results.Problem(title: "The submission is too large.", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>No token, or a token that is not good: 401 with the reason.</summary>
    public static IResult Unauthorized(string detail) =>
        new HeaderResult(
            Results.Problem(title: "Sign-in is required.", detail: detail, statusCode: StatusCodes.Status401Unauthorized),
            "WWW-Authenticate",
            "Bearer");

    /// <summary>A caller without the role, or acting outside its State: 403 with what was missing.</summary>
    public static IResult Forbidden(string detail) =>
        Results.Problem(title: "Not permitted.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>A caller over its rate limit: 429 with when to try again.</summary>
    public static IResult TooManyRequests(TimeSpan retryAfter) =>
        new HeaderResult(
            Results.Problem(
                title: "Too many requests.",
                detail: $"This account has made more requests than the exchange allows per minute. Try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests),
            "Retry-After",
            Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A search too broad to answer: 400 asking for more criteria.</summary>
    public static IResult TooBroad(string detail) =>
        Results.Problem(
            title: "The search is too broad.",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = "criteria" });

    public static IResult Unexpected() =>
        Results.Problem(
            title: "The exchange could not complete the request.",
            detail: "An unexpected error occurred; it has been logged. Try again, and tell the exchange's administrators if it persists.",
            statusCode: StatusCodes.Status500InternalServerError);
}
