using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Notices;
using Msix.Domain.Records;
using Msix.Domain.Reports;
using Msix.Domain.Search;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain;

/// <summary>Registers the exchange's domain services; the adapters register the ports they implement.</summary>
public static class DomainServiceCollectionExtensions
{
    public static IServiceCollection AddMsixDomain(this IServiceCollection services)
    {
        services.AddOptions<SubmissionLimits>()
            .BindConfiguration(SubmissionLimits.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SubmissionReader>(sp => new SubmissionReader(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SubmissionLimits>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SubmissionIngestor>();
        services.AddSingleton<SubmissionUploadService>();
        services.AddSingleton<ContributionWriter>();
        services.AddOptions<MatchThresholds>()
            .BindConfiguration(MatchThresholds.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IMatchModelSource, StoredMatchModelSource>();
        services.AddSingleton<FullBlockingKeys>();
        services.AddSingleton<MatchModelService>();
        services.AddOptions<WorklistOptions>()
            .BindConfiguration(WorklistOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IdentityChangeService>();
        services.AddSingleton<WorklistService>();
        services.AddSingleton<IIdentityResolver, MatchingIdentityResolver>();
        services.AddSingleton<ConsolidationService>();
        services.AddSingleton<StudentRecordReader>();
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<StudentSearch>();
        services.AddSingleton<NoticeService>();
        services.AddOptions<NoticeOptions>()
            .BindConfiguration(NoticeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<NoticeDeliveryService>();
        services.AddOptions<AuditOptions>()
            .BindConfiguration(AuditOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditChainVerifier>();
        services.AddSingleton<AuditJournalVerifier>();
        services.AddSingleton<AuditAnchorService>();
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportService>();
        return services;
    }
}
