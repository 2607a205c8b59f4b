namespace Msix.DevStack;

/// <summary>How to run smtp4dev, the SMTP sink with a web page that lists the mail it received.</summary>
public sealed record Smtp4devOptions
{
    /// <summary>The repository, whose .config/dotnet-tools.json names smtp4dev.</summary>
    public required string RepositoryRoot { get; init; }

    public required string LogFile { get; init; }

    /// <summary>Where smtp4dev keeps its database of received mail (created when missing).</summary>
    public required string DataFolder { get; init; }

    /// <summary>The web page's and API's port; a free one when null.</summary>
    public int? WebPort { get; init; }

    /// <summary>The SMTP port; a free one when null.</summary>
    public int? SmtpPort { get; init; }

    public string WebPortOptionName { get; init; } = "--smtp4dev-port";

    public string SmtpPortOptionName { get; init; } = "--smtp-port";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many messages smtp4dev keeps before it drops the oldest (its own default is 100).</summary>
    public int MessagesToKeep { get; init; } = 10_000;
}
