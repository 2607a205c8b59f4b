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

    public static IResult Unexpected() =>
        Results.Problem(
            title: "The exchange could not complete the request.",
            detail: "An unexpected error occurred; it has been logged. Try again, and tell the exchange's administrators if it persists.",
            statusCode: StatusCodes.Status500InternalServerError);
}
