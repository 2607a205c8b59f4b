using System.Text.Json;
using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Consolidation;

/// <summary>The writer keeps when each enrolment first reached the exchange, from version to version of a contribution.</summary>
public sealed class EnrollmentArrivalTests
{
    private static readonly DateTimeOffset First = new(2025, 9, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2025, 10, 20, 17, 30, 0, TimeSpan.Zero);

    private static readonly Enrollment Fall = TestRecords.Child().Enrollments[0] with { EnrollmentDate = new DateOnly(2025, 9, 2) };
    private static readonly Enrollment Winter = TestRecords.Child().Enrollments[0] with
    {
        SchoolId = "480004099999",
        SchoolOrProjectName = "Weslaco Middle School",
        EnrollmentDate = new DateOnly(2025, 10, 6),
    };

    private readonly InMemoryDocumentStore<ContributionDocument> _contributions = new();
    private readonly SettableTime _time = new(First);
    private readonly ContributionWriter _writer;

    public EnrollmentArrivalTests() => _writer = new ContributionWriter(_contributions, new RecordingMessageSender(), _time);

    private static ChildRecord Child(int days, params Enrollment[] enrollments) =>
        TestRecords.Child(asOf: TestRecords.AsOf.AddDays(days)) with { Enrollments = enrollments };

    private Task<StoreOutcome> Store(string submission, ChildRecord record) =>
        _writer.StoreAsync("TX", submission, record, TestContext.Current.CancellationToken);

    private async Task<ContributionDocument> Stored() =>
        (await _contributions.ReadAsync("TX-TX001", TestContext.Current.CancellationToken))!.Document;

    [Fact]
    public async Task A_new_contribution_records_each_enrolment_as_arrived_when_stored()
    {
        await Store("s1", Child(0, Fall, Winter));

        var stored = await Stored();
        Assert.Equal(First, stored.StoredAt);
        Assert.Equal([new EnrollmentArrival(Fall.Key, First), new EnrollmentArrival(Winter.Key, First)], stored.EnrollmentArrivals);
    }

    [Fact]
    public async Task An_enrolment_sent_again_keeps_its_first_arrival_and_a_new_one_arrives_with_the_new_version()
    {
        await Store("s1", Child(0, Fall));
        _time.Now = Later;

        // A changed record (a second enrolment), sent later: the fall enrolment arrived with s1, the winter one now.
        Assert.Equal(StoreOutcome.Stored, await Store("s2", Child(1, Fall, Winter)));

        var stored = await Stored();
        Assert.Equal(("s2", Later), (stored.SubmissionId, stored.StoredAt));
        Assert.Equal([new EnrollmentArrival(Fall.Key, First), new EnrollmentArrival(Winter.Key, Later)], stored.EnrollmentArrivals);
        Assert.Equal(First, stored.ArrivalOf(Fall.Key));
        Assert.Equal(Later, stored.ArrivalOf(Winter.Key));
    }

    [Fact]
    public async Task The_same_data_dated_later_keeps_the_arrivals_as_they_are()
    {
        await Store("s1", Child(0, Fall));
        _time.Now = Later;

        Assert.Equal(StoreOutcome.Unchanged, await Store("s2", Child(5, Fall)));

        var stored = await Stored();
        Assert.Equal((First, TestRecords.AsOf.AddDays(5)), (stored.StoredAt, stored.AsOf));
        Assert.Equal([new EnrollmentArrival(Fall.Key, First)], stored.EnrollmentArrivals);
    }

    [Fact]
    public async Task An_enrolment_dropped_and_sent_again_arrives_anew()
    {
        await Store("s1", Child(0, Fall));
        _time.Now = Later.AddDays(-10);
        await Store("s2", Child(1, Winter));
        _time.Now = Later;

        await Store("s3", Child(2, Fall, Winter));

        // The version before s3 (s2) did not carry the fall enrolment: it is new again.
        Assert.Equal(
            [new EnrollmentArrival(Fall.Key, Later), new EnrollmentArrival(Winter.Key, Later.AddDays(-10))],
            (await Stored()).EnrollmentArrivals);
    }

    [Fact]
    public async Task A_document_stored_before_arrivals_were_kept_reads_with_none_and_its_enrolments_keep_its_stored_time()
    {
        var old = new ContributionDocument("TX-TX001", "TX", "TX001", TestRecords.AsOf, "s0", First, "old-hash", false, Child(0, Fall));
        var json = JsonSerializer.SerializeToNode(old, MsixJson.Options)!.AsObject();
        Assert.True(json.Remove("enrollmentArrivals"));
        var legacy = json.Deserialize<ContributionDocument>(MsixJson.Options)!;
        Assert.Empty(legacy.EnrollmentArrivals);
        Assert.Equal(First, legacy.ArrivalOf(Fall.Key));
        await _contributions.UpsertAsync(legacy, TestContext.Current.CancellationToken);
        _time.Now = Later;

        await Store("s1", Child(1, Fall, Winter));

        Assert.Equal([new EnrollmentArrival(Fall.Key, First), new EnrollmentArrival(Winter.Key, Later)], (await Stored()).EnrollmentArrivals);
    }
}
