using System.Reflection;
using System.Text.Json.Nodes;
using Msix.Adapters;
using Msix.Adapters.Cosmos;
using Msix.Adapters.Mail;
using Msix.Api.Access;
using Msix.Domain.Messaging;
using Msix.Domain.Notices;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Bicep;

/// <summary>
/// infra/ builds and lints clean with the Bicep CLI (its bicepconfig.json makes the recommended rules errors), and
/// what it provisions for the Functions app (app settings, blob containers, queues, Cosmos DB containers) is exactly
/// what the code reads. Runs the CLI offline; needs no emulator.
/// </summary>
public sealed class BicepTests
{
    private static readonly string InfraFolder = Path.Combine(TestRepository.Root, "infra");

    /// <summary>Settings the Functions host itself reads (not our code): its own storage and Application Insights.</summary>
    private static readonly string[] HostSettings =
    [
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    ];

    public static TheoryData<string> BicepFiles() =>
        [.. Directory.EnumerateFiles(InfraFolder, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(InfraFolder, f))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> ParameterFiles() =>
        [.. Directory.EnumerateFiles(InfraFolder, "*.bicepparam", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(InfraFolder, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_builds_with_no_warning_or_error(string file)
    {
        using var output = new TempFolder();
        var result = await BicepCli.RunAsync(["build", Path.Combine(InfraFolder, file), "--outdir", output.Path], InfraFolder, TestContext.Current.CancellationToken);
        AssertClean(result, $"bicep build {file}");
        Assert.NotEmpty(Directory.GetFiles(output.Path, "*.json"));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_lints_clean(string file)
    {
        var result = await BicepCli.RunAsync(["lint", Path.Combine(InfraFolder, file)], InfraFolder, TestContext.Current.CancellationToken);
        AssertClean(result, $"bicep lint {file}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task Parameter_file_builds_with_no_warning_or_error(string file)
    {
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, Path.ChangeExtension(Path.GetFileName(file), ".parameters.json"));
        var result = await BicepCli.RunAsync(["build-params", Path.Combine(InfraFolder, file), "--outfile", target], InfraFolder, TestContext.Current.CancellationToken);
        AssertClean(result, $"bicep build-params {file}");
        Assert.True(File.Exists(target), $"bicep build-params {file} wrote no {target}.");
    }

    [Fact]
    public void The_linter_makes_the_recommended_rules_errors()
    {
        var config = JsonNode.Parse(
            File.ReadAllText(Path.Combine(InfraFolder, "bicepconfig.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var core = config["analyzers"]!["core"]!;
        Assert.True(core["enabled"]!.GetValue<bool>());
        var rules = core["rules"]!.AsObject();
        Assert.Contains("no-hardcoded-env-urls", rules.Select(r => r.Key));
        Assert.All(rules, rule => Assert.Equal("error", rule.Value!["level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task App_settings_are_exactly_those_the_code_reads()
    {
        var template = await CompileMainAsync();
        var configs = Resources(template, "Microsoft.Web/sites/config")
            .Where(r => r["name"]?.GetValue<string>().Contains("appsettings", StringComparison.Ordinal) == true)
            .ToList();
        var settings = Assert.Single(configs)["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        // No setting lives in siteConfig.appSettings as well: one place for them.
        Assert.All(Resources(template, "Microsoft.Web/sites"), site => Assert.Null(site["properties"]?["siteConfig"]?["appSettings"]));
        AssertSameSet(ExpectedAppSettings(), settings, "app settings (expected: the code's; actual: infra/modules/functionapp.bicep)");
    }

    [Fact]
    public async Task Blob_containers_queues_and_Cosmos_containers_are_exactly_those_the_code_uses()
    {
        var template = await CompileMainAsync();
        var variables = template["variables"]!;

        var containers = ConstantsOf(typeof(BlobContainerNames)).Where(v => !v.Contains('/', StringComparison.Ordinal));
        AssertSameSet(containers, Strings(variables["blobContainerNames"]), "blob containers");

        var queues = ConstantsOf(typeof(QueueNames)).Where(v => v != QueueNames.PoisonSuffix).ToList();
        AssertSameSet(queues.Concat(queues.Select(q => q + QueueNames.PoisonSuffix)), Strings(variables["queueNames"]), "queues");

        AssertSameSet(CosmosContainerNames.All, Strings(variables["cosmosContainerNames"]), "Cosmos DB containers");
        Assert.Equal(CosmosContainerNames.PartitionKeyPath, variables["cosmosPartitionKeyPath"]!.GetValue<string>());
        Assert.Equal(BlobContainerNames.DropZone, variables["dropZoneContainerName"]!.GetValue<string>());
        Assert.Equal(BlobContainerNames.Receipts, variables["receiptsContainerName"]!.GetValue<string>());
        Assert.Equal(BlobContainerNames.AuditAnchors, variables["auditAnchorsContainerName"]!.GetValue<string>());
        Assert.Equal("IngestSubmission", variables["blobTriggerFunctionName"]!.GetValue<string>());
        Assert.NotNull(typeof(Msix.Functions.Functions.IngestSubmission));

        // And those variables are what the modules provision from.
        var values = StringValues(template).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[] { "blobContainerNames", "queueNames", "cosmosContainerNames", "cosmosPartitionKeyPath" })
        {
            Assert.Contains($"[variables('{name}')]", values);
        }
    }

    [Fact]
    public async Task The_audit_anchors_container_keeps_each_set_of_anchors_unchangeable_for_years()
    {
        var template = await CompileMainAsync();

        var policy = Assert.Single(Resources(template, "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"));
        var storage = Resources(template, "Microsoft.Resources/deployments").Single(d => d["name"]?.ToString() == "storage");
        var retention = storage["properties"]!["template"]!["parameters"]!["auditAnchorRetentionDays"]!["defaultValue"]!.GetValue<int>();

        Assert.Contains("parameters('auditAnchorsContainerName')", policy["name"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("[parameters('auditAnchorRetentionDays')]", policy["properties"]!["immutabilityPeriodSinceCreationInDays"]!.ToString());
        Assert.False(policy["properties"]!["allowProtectedAppendWrites"]!.GetValue<bool>());
        Assert.InRange(retention, 6 * 365, 146000);
        Assert.Equal("[variables('auditAnchorsContainerName')]", storage["properties"]!["parameters"]!["auditAnchorsContainerName"]!["value"]!.ToString());
    }

    private static IEnumerable<string> ExpectedAppSettings()
    {
        static string Setting(string section, string property) => $"{section.Replace(":", "__", StringComparison.Ordinal)}__{property}";

        // Identity-based connections, as ConnectionCredential, StorageClientFactory and CosmosClientFactory read them.
        foreach (var key in new[] { "blobServiceUri", "queueServiceUri", "credential", "clientId" })
        {
            yield return Setting(ConnectionNames.Storage, key);
        }

        foreach (var key in new[] { "accountEndpoint", "credential", "clientId" })
        {
            yield return Setting(ConnectionNames.Cosmos, key);
        }

        yield return Setting(CosmosOptions.SectionName, nameof(CosmosOptions.DatabaseName));
        yield return Setting(AccessOptions.Section, nameof(AccessOptions.Authority));
        yield return Setting(AccessOptions.Section, nameof(AccessOptions.Audience));
        foreach (var property in new[]
        {
            nameof(SmtpOptions.Host), nameof(SmtpOptions.Port), nameof(SmtpOptions.Security),
            nameof(SmtpOptions.UserName), nameof(SmtpOptions.Password), nameof(SmtpOptions.FromAddress),
        })
        {
            yield return Setting(SmtpOptions.SectionName, property);
        }

        yield return Setting(NoticeOptions.Section, nameof(NoticeOptions.RecordBaseUrl));
        // Each timer's schedule, as its trigger names it (%Msix:Reports:Schedule% ...): the host resolves it from the app settings.
        foreach (var schedule in TimerSchedules())
        {
            Assert.Matches("^%[A-Za-z:]+%$", schedule);
            yield return schedule.Trim('%').Replace(":", "__", StringComparison.Ordinal);
        }
        foreach (var setting in HostSettings)
        {
            yield return setting;
        }
    }

    private static async Task<JsonObject> CompileMainAsync()
    {
        using var output = new TempFolder();
        var target = Path.Combine(output.Path, "main.json");
        var result = await BicepCli.RunAsync(["build", Path.Combine(InfraFolder, "main.bicep"), "--outfile", target], InfraFolder, TestContext.Current.CancellationToken);
        AssertClean(result, "bicep build main.bicep");
        return JsonNode.Parse(await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken))!.AsObject();
    }

    /// <summary>The schedules of the Functions app's timer triggers.</summary>
    private static List<string> TimerSchedules() =>
        [.. typeof(Msix.Functions.Functions.ComputeReports).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<Microsoft.Azure.Functions.Worker.TimerTriggerAttribute>()?.Schedule)
            .OfType<string>()];

    /// <summary>Every resource of <paramref name="type"/> anywhere in the template, nested module templates included.</summary>
    private static IEnumerable<JsonObject> Resources(JsonNode? node, string type)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is JsonValue t && t.TryGetValue<string>(out var value) && value == type)
                {
                    yield return o;
                }

                foreach (var child in o.Select(p => p.Value))
                {
                    foreach (var found in Resources(child, type))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var found in Resources(child, type))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> StringValues(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => StringValues(p.Value)),
        JsonArray a => a.SelectMany(StringValues),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray a ? [.. a.Select(n => n!.GetValue<string>())] : throw new InvalidOperationException("Expected a literal array in the compiled template.");

    private static void AssertSameSet(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        var actualSet = actual.ToHashSet(StringComparer.Ordinal);
        var missing = expectedSet.Except(actualSet).Order(StringComparer.Ordinal).ToList();
        var extra = actualSet.Except(expectedSet).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"The {what} differ. Missing from infra/: [{string.Join(", ", missing)}]. In infra/ but not read by the code: [{string.Join(", ", extra)}].");
    }

    private static void AssertClean((int ExitCode, string Output) result, string command)
    {
        var findings = result.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(": Warning ", StringComparison.OrdinalIgnoreCase)
                || line.Contains(": Error ", StringComparison.OrdinalIgnoreCase)
                || line.Contains(": Info ", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Warning", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Error", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(result.ExitCode == 0 && findings.Count == 0, $"{command} exited {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>A temporary folder for the CLI's output, outside the repository, deleted after use.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("msix-bicep-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
