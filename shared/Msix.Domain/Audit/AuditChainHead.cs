using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// Where a chain ended when last looked: a hint that saves probing from the start, moved forward (never back)
/// after each append. It may lag behind the chain's real end, never run ahead of it.
/// </summary>
/// <param name="Id">The chain's name and ":head".</param>
/// <param name="Chain">The chain's name.</param>
/// <param name="Seq">The position of an entry known to exist.</param>
/// <param name="Hash">That entry's hash, for the next entry to link to.</param>
public sealed record AuditChainHead(string Id, string Chain, long Seq, string Hash) : IDocument
{
    /// <summary>How every head's id ends (an entry's ends in its sequence number).</summary>
    public const string IdSuffix = ":head";

    /// <summary>The id of <paramref name="chain"/>'s head.</summary>
    public static string IdOf(AuditChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return chain.Name + IdSuffix;
    }
}
