namespace Msix.Domain.Storage;

/// <summary>A document as read from the store, with the version (ETag) a conditional replace must match.</summary>
public sealed record Stored<T>(T Document, string ETag)
    where T : class, IDocument;
