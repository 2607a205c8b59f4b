namespace Msix.Api;

/// <summary>
/// The HTTP routes, relative to the "api" prefix that the Functions host adds and the local host maps.
/// Both hosts take them from here; a test proves they expose the same ones.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";

    public const string Health = "health";

    /// <summary>POST a submission file.</summary>
    public const string Submissions = "states/{state}/submissions";

    /// <summary>GET a submission's receipt (JSON, or ?format=csv for its errors).</summary>
    public const string Submission = "states/{state}/submissions/{submissionId}";

    /// <summary>GET a child's consolidated record.</summary>
    public const string Student = "students/{msixId}";
}
