namespace Msix.Api.Access;

/// <summary>The caller may not act on this item (it belongs to another State); answered with 403.</summary>
public sealed class NotPermittedException : Exception
{
    public NotPermittedException()
    {
    }

    public NotPermittedException(string message)
        : base(message)
    {
    }

    public NotPermittedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
