using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Worklists;

/// <summary>
/// The open work of one State's data administrators, as one document read by id: the near matches and the
/// identity changes waiting for them.
/// </summary>
/// <param name="Id">"worklist:" and the State.</param>
/// <param name="State">The State.</param>
/// <param name="NearMatches">The ids of its open near matches.</param>
/// <param name="Changes">The ids of its identity changes waiting for a second administrator.</param>
public sealed record StateWorklist(string Id, string State, IReadOnlyList<string> NearMatches, IReadOnlyList<string> Changes) : IDocument
{
    /// <summary>The id of a State's worklist.</summary>
    public const string IdPrefix = "worklist:";

    public static string IdOf(string state) => IdPrefix + state;
}
