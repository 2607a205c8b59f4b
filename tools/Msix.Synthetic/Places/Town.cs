namespace Msix.Synthetic.Places;

/// <summary>A town and the school district that serves it.</summary>
internal sealed record Town(string City, string DistrictName);
