using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Notices;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Adapters.Cosmos;

/// <summary>
/// The exchange's Cosmos DB containers and which document type each holds. Every container's partition
/// key path is "/id": every access is a point operation.
/// </summary>
public static class CosmosContainerNames
{
    /// <summary><see cref="SubmissionDocument"/>: one per State submission.</summary>
    public const string Submissions = "submissions";

    /// <summary><see cref="ContributionDocument"/>: one State's current record of one child.</summary>
    public const string Contributions = "contributions";

    /// <summary><see cref="IdentityLink"/>: which MSIX ID a State's record of a child belongs to.</summary>
    public const string Identities = "identities";

    /// <summary><see cref="ConsolidatedRecord"/>: one per MSIX ID.</summary>
    public const string Students = "students";

    /// <summary><see cref="BlockingKeyDocument"/> and <see cref="MatchModel"/>: the matcher's index and parameters.</summary>
    public const string Matching = "matching";

    /// <summary><see cref="NearMatchItem"/>, <see cref="StateWorklist"/> and <see cref="IdentityChange"/>: the data administrators' work.</summary>
    public const string Worklists = "worklists";

    /// <summary><see cref="AuditEntry"/> and <see cref="AuditChainHead"/>: the append-only audit trail.</summary>
    public const string Audit = "audit";

    /// <summary><see cref="MoveNotice"/>, <see cref="StateNotices"/> and <see cref="StateContacts"/>: move notices, and who receives them.</summary>
    public const string Notices = "notices";

    /// <summary><see cref="NoticeDelivery"/>: how each notice's mails went (read whole to queue failed ones again).</summary>
    public const string Deliveries = "deliveries";

    public const string PartitionKeyPath = "/id";

    public static IReadOnlyList<string> All { get; } = [Submissions, Contributions, Identities, Students, Matching, Worklists, Audit, Notices, Deliveries];

    /// <summary>The container that holds documents of type <typeparamref name="T"/>.</summary>
    public static string For<T>()
        where T : class, IDocument => For(typeof(T));

    /// <summary>The container that holds documents of <paramref name="documentType"/>.</summary>
    public static string For(Type documentType)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        return documentType switch
        {
            _ when documentType == typeof(SubmissionDocument) => Submissions,
            _ when documentType == typeof(ContributionDocument) => Contributions,
            _ when documentType == typeof(IdentityLink) => Identities,
            _ when documentType == typeof(ConsolidatedRecord) => Students,
            _ when documentType == typeof(BlockingKeyDocument) || documentType == typeof(MatchModel) => Matching,
            _ when documentType == typeof(MoveNotice) || documentType == typeof(StateContacts) || documentType == typeof(StateNotices) => Notices,
            _ when documentType == typeof(NoticeDelivery) => Deliveries,
            _ when documentType == typeof(NearMatchItem) || documentType == typeof(StateWorklist) || documentType == typeof(IdentityChange) => Worklists,
            _ when documentType == typeof(AuditEntry) || documentType == typeof(AuditChainHead) => Audit,
            _ => throw new ArgumentException($"No Cosmos DB container is named for documents of type {documentType.Name}: add it to {nameof(CosmosContainerNames)}.", nameof(documentType)),
        };
    }
}
