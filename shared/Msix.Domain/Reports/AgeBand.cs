namespace Msix.Domain.Reports;

/// <summary>The age bands of the unduplicated counts, by age on 1 September of the period (<see cref="ChildAge"/>).</summary>
public enum AgeBand
{
    /// <summary>0 through 2.</summary>
    Age0To2,

    /// <summary>3 through 5.</summary>
    Age3To5,

    /// <summary>6 through 10.</summary>
    Age6To10,

    /// <summary>11 through 13.</summary>
    Age11To13,

    /// <summary>14 through 17.</summary>
    Age14To17,

    /// <summary>18 through 21.</summary>
    Age18To21,

    /// <summary>22 and older.</summary>
    Age22AndOver,

    /// <summary>No birth date in any current contribution (or one after the day the age is taken on).</summary>
    Unknown,
}
