namespace Msix.Synthetic;

/// <summary>What a synthetic submission set holds.</summary>
/// <param name="Files">The submission files, one per State, in the order of the options' States.</param>
/// <param name="TruthFile">truth.csv: State, StateStudentId, TruthId.</param>
/// <param name="Children">True children.</param>
/// <param name="Records">State records (a child in two States has two).</param>
/// <param name="Rows">CSV rows over all sections (students, moves, enrollments, health, courses, assessments), headers excluded.</param>
/// <param name="Twins">Children born in a multiple birth.</param>
/// <param name="Movers">Children with records in two States or more.</param>
public sealed record SyntheticSummary(
    IReadOnlyList<string> Files,
    string TruthFile,
    int Children,
    long Records,
    long Rows,
    int Twins,
    int Movers);
