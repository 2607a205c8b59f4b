namespace Msix.Domain.Identity.Worklists;

/// <summary>A worklist action that cannot be done, and why (names no child, only IDs).</summary>
public sealed class IdentityWorkException : Exception
{
    public IdentityWorkException()
    {
    }

    public IdentityWorkException(string message)
        : base(message)
    {
    }

    public IdentityWorkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IdentityWorkException(IdentityWorkProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>What kind of problem it is.</summary>
    public IdentityWorkProblem Problem { get; }
}

/// <summary>The kinds of problem a worklist action meets.</summary>
public enum IdentityWorkProblem
{
    /// <summary>The item, change or MSIX ID does not exist.</summary>
    NotFound,

    /// <summary>It exists, but the action does not fit its state (already settled, same person validating, ...).</summary>
    Conflict,
}
