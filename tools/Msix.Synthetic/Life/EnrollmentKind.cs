namespace Msix.Synthetic.Life;

/// <summary>How an enrollment came about.</summary>
internal enum EnrollmentKind
{
    /// <summary>A school's regular term (grades PS, KG to 12).</summary>
    RegularTerm,

    /// <summary>A summer MEP project.</summary>
    Summer,

    /// <summary>A year of residency in the district, for young children and out-of-school youth.</summary>
    Residency,
}
