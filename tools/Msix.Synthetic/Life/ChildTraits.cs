using Msix.Domain.Mde;

namespace Msix.Synthetic.Life;

/// <summary>What stays true of a child across every State's record: how school goes, and health.</summary>
/// <param name="YearsBehind">Grades behind the usual grade for the child's age (0 or 1).</param>
/// <param name="PreKindergarten">Enrolled in preschool (PS) the year before kindergarten.</param>
/// <param name="LeavesSchoolAt16">Becomes an out-of-school youth (OS) from 16.</param>
/// <param name="Graduates">Graduates when grade 12 ends; no longer enrolled after that.</param>
/// <param name="AdvancedMath">Takes Algebra I in grade 8 and is a year ahead in mathematics.</param>
internal sealed record ChildTraits(
    int YearsBehind,
    bool PreKindergarten,
    bool LeavesSchoolAt16,
    bool Graduates,
    bool AdvancedMath,
    bool EnglishLearner,
    bool Idea,
    MedicalAlertIndicator MedicalAlert,
    bool Immunized,
    bool PriorityForServices);
