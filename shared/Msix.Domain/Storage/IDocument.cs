namespace Msix.Domain.Storage;

/// <summary>A document stored by its id, which is also its partition key: every access is a point operation.</summary>
public interface IDocument
{
    string Id { get; }
}
