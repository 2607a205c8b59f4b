using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Notices;
using Msix.Domain.Reports;
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

    /// <summary><see cref="AuditEntry"/>, <see cref="AuditSeal"/> and <see cref="AuditChainHead"/>: the append-only audit trail.</summary>
    public const string Audit = "audit";

    /// <summary><see cref="MoveNotice"/>, <see cref="StateNotices"/> and <see cref="StateContacts"/>: move notices, and who receives them.</summary>
    public const string Notices = "notices";

    /// <summary><see cref="NoticeDelivery"/>: how each notice's mails went (read whole to queue failed ones again).</summary>
    public const string Deliveries = "deliveries";

    /// <summary><see cref="PeriodReportsDocument"/> and <see cref="ChildListPage"/>: the national reports as last computed.</summary>
    public const string Reports = "reports";

    public const string PartitionKeyPath = "/id";

    public static IReadOnlyList<string> All { get; } = [Submissions, Contributions, Identities, Students, Matching, Worklists, Audit, Notices, Deliveries, Reports];

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
            _ when documentType == typeof(AuditEntry) || documentType == typeof(AuditSeal) || documentType == typeof(AuditChainHead) => Audit,
            _ when documentType == typeof(PeriodReportsDocument) || documentType == typeof(ChildListPage) => Reports,
            _ => throw new ArgumentException($"No Cosmos DB container is named for documents of type {documentType.Name}: add it to {nameof(CosmosContainerNames)}.", nameof(documentType)),
        };
    }

    /// <summary>
    /// Whether the document <paramref name="id"/> of a container that holds several types is one of
    /// <paramref name="documentType"/>, told by the id's form, so a feed of one type skips the others.
    /// </summary>
    public static bool Holds(Type documentType, string id)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        ArgumentNullException.ThrowIfNull(id);
        return documentType switch
        {
            _ when documentType == typeof(AuditEntry) => !id.EndsWith(AuditChainHead.IdSuffix, StringComparison.Ordinal) && !id.StartsWith(AuditSeal.JournalPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(AuditSeal) => !id.EndsWith(AuditChainHead.IdSuffix, StringComparison.Ordinal) && id.StartsWith(AuditSeal.JournalPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(AuditChainHead) => id.EndsWith(AuditChainHead.IdSuffix, StringComparison.Ordinal),
            _ when documentType == typeof(NearMatchItem) => id.StartsWith(NearMatchItem.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(StateWorklist) => id.StartsWith(StateWorklist.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(IdentityChange) => !id.StartsWith(NearMatchItem.IdPrefix, StringComparison.Ordinal) && !id.StartsWith(StateWorklist.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(MatchModel) => id.StartsWith(MatchModel.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(BlockingKeyDocument) => !id.StartsWith(MatchModel.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(MoveNotice) => id.StartsWith(MoveNotice.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(StateContacts) => id.StartsWith(StateContacts.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(StateNotices) => id.StartsWith(StateNotices.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(PeriodReportsDocument) => id.StartsWith(PeriodReportsDocument.IdPrefix, StringComparison.Ordinal),
            _ when documentType == typeof(ChildListPage) => id.StartsWith(ChildListPage.IdPrefix, StringComparison.Ordinal),
            _ => true,
        };
    }
}
