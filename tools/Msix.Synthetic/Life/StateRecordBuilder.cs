using Msix.Domain.Mde;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// Builds one State's record of one child from the family's stays in that State: a qualifying move per
/// arrival (eligibility to 36 months after it, or the day before the child turns 22), the enrollments, the
/// courses and assessments that go with them, and the State's own version of the child's demographics.
/// AsOf is when the State last changed the record: after its last event, never after the reference date.
/// </summary>
internal static class StateRecordBuilder
{
    /// <summary>The record, or null when the child was never enrolled during the family's stays in the State.</summary>
    public static ChildRecord? Build(
        SyntheticOptions options, Family family, TrueChild child, long childNumber, StateProfile state, SeededRandom random)
    {
        var today = options.Today;
        var stays = family.Stays.Where(s => s.State == state).ToList();
        var planned = stays.SelectMany(stay => EnrollmentPlanner.ForStay(family, child, stay, family.Stays, today, random)).ToList();
        if (planned.Count == 0)
        {
            return null;
        }

        var moves = stays.Select(stay => Move(stay, child, random)).ToList();
        var courses = CoursePlanner.Merge(planned.SelectMany(p => CoursePlanner.For(p, state, child.Traits, random)));
        var assessments = planned.SelectMany(p => AssessmentPlanner.For(p, state, child.Traits, today, random)).ToList();
        var enrollments = planned.Select(p => p.Enrollment).ToList();

        var birthDateRange = (today.AddYears(-22).AddDays(1), stays[0].Arrival.AddDays(-1));
        var demographics = RecordVariations.Apply(child.Truth, family, options.VariationRate, birthDateRange, random) with
        {
            // IDs with a State prefix stand for a State MEP system's own IDs (02); bare numbers for the State's (01).
            StateStudentIdType = state.StudentIdPrefix.Length == 0 ? StateStudentIdType.StateAssigned : StateStudentIdType.StateMepAssigned,
            AlternateStateStudentIds = random.Chance(0.25)
                ? [new AlternateStateStudentId(StateStudentIdType.Other, StudentIds.MepId(state, options.Seed, childNumber))]
                : [],
        };

        // A State sends a child still enrolled with its regular updates; a closed record soon after its last event.
        var lastEvent = moves.Select(m => m.QualifyingArrivalDate)
            .Concat(enrollments.Select(e => e.WithdrawalDate ?? e.EnrollmentDate))
            .Concat(assessments.Select(a => a.AdministrationDate.FirstDay))
            .Max();
        var asOfDate = enrollments.Any(e => e.WithdrawalDate is null)
            ? today.AddDays(-random.Next(0, 14))
            : lastEvent.AddDays(random.Next(0, 21));
        asOfDate = asOfDate > today ? today : asOfDate < lastEvent ? lastEvent : asOfDate;
        var asOf = new DateTimeOffset(asOfDate.ToDateTime(new TimeOnly(6, 0).Add(TimeSpan.FromSeconds(random.Next(0, 14 * 3600)))), state.UtcOffset);

        return new ChildRecord(RecordAction.Upsert, asOf, StudentIds.For(state, options.Seed, childNumber), null, demographics,
            moves, enrollments, courses, assessments);
    }

    private static QualifyingMove Move(Stay stay, TrueChild child, SeededRandom random)
    {
        var arrival = stay.Arrival;
        var byAge = child.Truth.BirthDate.AddYears(22).AddDays(-1);
        var byMonths = arrival.AddMonths(36).AddDays(-1);
        var from = random.Chance(0.9) ? stay.From : null;
        return new QualifyingMove(
            arrival,
            from?.City,
            from?.State,
            from?.Country,
            random.Chance(0.9) ? stay.District.City : null,
            stay.State.Code,
            random.Chance(0.85) ? (byAge < byMonths ? byAge : byMonths) : null,
            child.Traits.PriorityForServices,
            null);
    }
}
