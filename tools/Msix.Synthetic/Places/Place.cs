namespace Msix.Synthetic.Places;

/// <summary>A place: a city, a State code (or a foreign state's name) and a country code.</summary>
internal sealed record Place(string City, string State, string Country);
