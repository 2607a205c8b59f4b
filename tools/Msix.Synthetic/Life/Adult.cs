namespace Msix.Synthetic.Life;

/// <summary>A parent: given name, middle name, and one or two surnames.</summary>
internal sealed record Adult(string FirstName, string? MiddleName, string Surname1, string? Surname2)
{
    /// <summary>The last name as a school records it: both surnames when there are two ("García Pérez").</summary>
    public string LastName => Surname2 is null ? Surname1 : $"{Surname1} {Surname2}";
}
