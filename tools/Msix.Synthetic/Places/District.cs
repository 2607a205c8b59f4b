namespace Msix.Synthetic.Places;

/// <summary>A school district with its 7-digit NCES-style ID (the State's FIPS code and 5 digits) and its schools.</summary>
internal sealed record District(
    string State,
    string Id,
    string Name,
    string City,
    IReadOnlyList<School> Elementary,
    School Middle,
    School High)
{
    /// <summary>The district's Migrant Education Program, which runs residency-only and out-of-school enrollments.</summary>
    public string MigrantProgramName => $"{City} Migrant Education Program";

    /// <summary>The district's summer (or intersession) MEP project.</summary>
    public string SummerProgramName => $"{City} Migrant Summer School";
}
