namespace Msix.Domain.Audit;

/// <summary>How an audit chain is broken.</summary>
public enum AuditBreak
{
    /// <summary>The entry's content does not give its hash: it was altered (or written in an unknown format, or under another position).</summary>
    HashMismatch,

    /// <summary>The entry does not link to the one before it (or the head records another hash for it): an entry was replaced, or removed and the rest renumbered.</summary>
    LinkMismatch,

    /// <summary>The entry is missing while later ones exist: it was removed.</summary>
    Gap,
}
