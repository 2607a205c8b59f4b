using Msix.Domain.Mde;
using Msix.Domain.Notices;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Notices;

/// <summary>Interstate moves seen in consolidation become one "arrived" and one "left" notice, however often they are seen.</summary>
public sealed class MoveDetectionTests
{
    private readonly ConsolidationTestbed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChildRecord EnrolledOn(string id, DateOnly enrolled, DateTimeOffset? asOf = null)
    {
        var child = TestRecords.Child(id, asOf: asOf);
        return child with { Enrollments = [child.Enrollments[0] with { EnrollmentDate = enrolled }] };
    }

    private IReadOnlyList<MoveNotice> Notices() => [.. _bed.Notices.Notices.All.OrderBy(n => n.Kind)];

    [Fact]
    public async Task A_new_enrolment_in_another_State_raises_arrived_for_it_and_left_for_the_State_before()
    {
        var texas = await _bed.ConsolidateAsync("TX", EnrolledOn("T1", new DateOnly(2025, 8, 25)));
        var california = await _bed.ConsolidateAsync("CA", EnrolledOn("C1", new DateOnly(2026, 3, 2)));

        Assert.Equal(texas, california);
        var notices = Notices();
        Assert.Equal(
            [(MoveNoticeKind.Arrived, "CA"), (MoveNoticeKind.Left, "TX")],
            notices.Select(n => (n.Kind, n.ReceivingState)));
        Assert.All(notices, n => Assert.Equal(("TX", "CA", new DateOnly(2026, 3, 2), texas), (n.FromState, n.ToState, n.MoveDate, n.MsixId)));
        Assert.Equal(2, _bed.Messages.Sent.Count(m => m.Queue == Msix.Domain.Messaging.QueueNames.Notify));
    }

    [Fact]
    public async Task The_same_move_sent_again_or_an_older_enrolment_arriving_late_raises_no_new_notice()
    {
        await _bed.ConsolidateAsync("TX", EnrolledOn("T1", new DateOnly(2025, 8, 25)));
        await _bed.ConsolidateAsync("CA", EnrolledOn("C1", new DateOnly(2026, 3, 2)));
        await _bed.ConsolidateAsync("CA", EnrolledOn("C1", new DateOnly(2026, 3, 2), TestRecords.AsOf.AddHours(5)));

        // Florida reports an enrolment older than California's: history, not a move.
        await _bed.ConsolidateAsync("FL", EnrolledOn("F1", new DateOnly(2024, 1, 8)));

        Assert.Equal(2, Notices().Count);
    }

    [Fact]
    public async Task A_child_enrolled_again_in_the_same_State_raises_nothing()
    {
        await _bed.ConsolidateAsync("TX", EnrolledOn("T1", new DateOnly(2025, 8, 25)));
        await _bed.ConsolidateAsync("TX", EnrolledOn("T1", new DateOnly(2026, 1, 12), TestRecords.AsOf.AddHours(1)));

        Assert.Empty(Notices());
    }
}
