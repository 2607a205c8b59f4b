using System.Text.Json;

namespace Msix.Domain.Messaging;

/// <summary>Reads a queue message's JSON body; a body that cannot be read fails the delivery, and after five the message is poison.</summary>
public static class QueueMessageJson
{
    public static T Read<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, MsixJson.Options)
                ?? throw new InvalidDataException($"The queue message is empty; expected a {typeof(T).Name}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The queue message is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}
