namespace Msix.Synthetic.Places;

/// <summary>A school with its 12-digit NCES-style ID (the district's 7 digits and 5 of its own).</summary>
internal sealed record School(string Id, string Name);
