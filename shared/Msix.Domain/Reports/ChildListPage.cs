using System.Globalization;
using Msix.Domain.Storage;

namespace Msix.Domain.Reports;

/// <summary>One page of the MSIX IDs behind a State's Category 1 or 2 child count, for its data administrators.</summary>
public sealed record ChildListPage(string Id, string Period, string State, int Category, int Page, IReadOnlyList<string> MsixIds) : IDocument
{
    public const string IdPrefix = "children-";

    public static string IdOf(string period, string state, int category, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}{period}-{state}-{category}-{page:D5}");
}
