using System.CommandLine;
using Msix.Cli.Stack;
using Msix.Domain.Audit;

namespace Msix.Cli.Commands;

/// <summary>The options of the <c>msix audit</c> commands that say where the audit trail is kept, and how many journals of seals it has.</summary>
internal sealed class AuditStoreOptions
{
    public Option<int> Journals { get; } = new("--journals")
    {
        Description = "How many journals of seals there are (the exchange's Msix:Audit:SealJournals).",
        DefaultValueFactory = _ => new AuditOptions().SealJournals,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "A Cosmos DB connection string. Default: MsixCosmos (or ConnectionStrings__MsixCosmos) from the environment, else the local stack's cosmosdb-server.",
    };

    public Option<int> CosmosPort { get; } = new("--cosmos-port")
    {
        Description = "The local cosmosdb-server's port, when no connection string is given.",
        DefaultValueFactory = _ => ExchangeTarget.DefaultCosmosPort,
    };

    public Option<string?> Database { get; } = new("--database")
    {
        Description = "The database. Default: Msix__Cosmos__DatabaseName from the environment, else \"msix\".",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Journals);
        command.Options.Add(Connection);
        command.Options.Add(CosmosPort);
        command.Options.Add(Database);
    }

    public ExchangeTarget Target(ParseResult parse) =>
        ExchangeTarget.From(parse.GetValue(Connection), parse.GetValue(CosmosPort), parse.GetValue(Database));
}
