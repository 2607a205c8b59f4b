using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>The ids of a State's most recent notices, newest last: how the API lists them without a query.</summary>
/// <param name="Id">"notices-" and the State.</param>
public sealed record StateNotices(string Id, string State, IReadOnlyList<string> NoticeIds) : IDocument
{
    /// <summary>How many notice ids one State's list keeps.</summary>
    public const int Keep = 1000;

    public const string IdPrefix = "notices-";

    public static string IdOf(string state) => IdPrefix + state;
}
