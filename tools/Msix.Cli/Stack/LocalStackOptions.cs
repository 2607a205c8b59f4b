namespace Msix.Cli.Stack;

/// <summary>Where the local stack runs: fixed ports for `msix up`, free ones (null) for benchmarks.</summary>
internal sealed record LocalStackOptions(string RepositoryRoot, string LogFolder)
{
    public int? ApiPort { get; init; }

    public int? AzuritePort { get; init; }

    public int? CosmosPort { get; init; }

    public bool WithSmtp4dev { get; init; }

    public int? Smtp4devPort { get; init; }

    public int? SmtpPort { get; init; }

    public string DatabaseName { get; init; } = "msix";

    /// <summary>
    /// Host settings for a benchmark: each of its clients is one user, and the per-user rate limit would
    /// otherwise be what is measured; and no scheduled work (the reports, the audit anchors) runs beside it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Benchmark { get; } = new Dictionary<string, string>
    {
        ["Msix:Access:PermitsPerMinute"] = "1000000",
        ["Msix:Access:Burst"] = "1000000",
        ["Msix:Reports:LocalHostEvery"] = "00:00:00",
        ["Msix:Audit:LocalHostAnchorEvery"] = "00:00:00",
    };

    /// <summary>Settings of the local host on top of the stack's own (a benchmark's rate limit, say).</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; init; } = new Dictionary<string, string>();
}
