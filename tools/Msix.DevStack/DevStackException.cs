namespace Msix.DevStack;

/// <summary>A local development service could not be prepared or started; the message says what to do about it.</summary>
public sealed class DevStackException : Exception
{
    public DevStackException()
    {
    }

    public DevStackException(string message)
        : base(message)
    {
    }

    public DevStackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
