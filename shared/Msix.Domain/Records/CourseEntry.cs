using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>One course of the child's course history, with the State whose record holds it.</summary>
/// <param name="State">The State whose record holds the course.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="Course">The course exactly as the State sent it: credits attempted and granted, grades, in progress.</param>
/// <param name="CountedInCreditSummary">
/// False when this is a copy of a course that the credit summary counts from another copy (the same course
/// reported twice, usually by two States; see <see cref="CreditSummary"/>).
/// </param>
public sealed record CourseEntry(string State, DateTimeOffset AsOf, CourseHistory Course, bool CountedInCreditSummary);
