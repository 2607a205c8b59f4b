using System.Text.Json;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The model the exchange starts with before it holds data of its own: estimated (by <see cref="ModelTrainer"/>)
/// from generated migrant-student records and shipped as <c>initial-match-model.json</c> beside this file. A test
/// re-estimates it and fails if the shipped document drifts (<c>MSIX_WRITE_DOCS=1</c> rewrites it).
/// </summary>
public static class InitialMatchModel
{
    /// <summary>The resource's name.</summary>
    public const string ResourceName = "Msix.Domain.Identity.Matching.initial-match-model.json";

    private static readonly Lazy<MatchModel> Model = new(Load);

    /// <summary>The shipped model.</summary>
    public static MatchModel Value => Model.Value;

    private static MatchModel Load()
    {
        using var stream = typeof(InitialMatchModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the domain assembly.");
        return JsonSerializer.Deserialize<MatchModel>(stream, MsixJson.Options)
            ?? throw new InvalidOperationException($"The resource {ResourceName} holds no model.");
    }
}
