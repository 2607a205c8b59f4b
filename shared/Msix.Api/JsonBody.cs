using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Msix.Domain;

namespace Msix.Api;

/// <summary>
/// The small JSON bodies of the API's actions, read with a cap (the hosts let submission uploads be of any
/// size, so nothing else may read a body whole unchecked).
/// </summary>
internal static class JsonBody
{
    /// <summary>The largest action body, in characters (a State's whole contact list fits with room to spare).</summary>
    public const int MaxChars = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>, <paramref name="empty"/> when there is none (if the action allows it), or the problem with it.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, T? empty = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body);
        var buffer = new char[MaxChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (read > MaxChars)
        {
            return (null, Problems.BadParameter("body", "The body is larger than any action here takes."));
        }

        var text = new string(buffer, 0, read);
        if (string.IsNullOrWhiteSpace(text))
        {
            return empty is null ? (null, Problems.BadParameter("body", "Send the action's JSON body.")) : (empty, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, MsixJson.Options);
            return value is null ? (null, Problems.BadParameter("body", "Send the action's JSON body.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadParameter("body", $"The body is not the JSON this action takes: {e.Message}"));
        }
    }
}
