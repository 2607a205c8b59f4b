using System.Collections.Frozen;

namespace Msix.Synthetic.Names;

/// <summary>The nicknames a school may record instead of a child's given name.</summary>
internal static class Nicknames
{
    private static readonly FrozenDictionary<string, string[]> ByName = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["José"] = ["Pepe", "Joe"],
        ["Francisco"] = ["Pancho", "Paco", "Frank"],
        ["Guadalupe"] = ["Lupe", "Lupita"],
        ["Jesús"] = ["Chuy"],
        ["Alejandro"] = ["Alex"],
        ["Alejandra"] = ["Alex"],
        ["Roberto"] = ["Beto"],
        ["Alberto"] = ["Beto"],
        ["Eduardo"] = ["Lalo"],
        ["Ignacio"] = ["Nacho"],
        ["Enrique"] = ["Quique"],
        ["Concepción"] = ["Conchita", "Concha"],
        ["Dolores"] = ["Lola"],
        ["Rosario"] = ["Chayo"],
        ["Manuel"] = ["Manny"],
        ["Daniela"] = ["Dani"],
        ["Christopher"] = ["Chris"],
        ["Jonathan"] = ["Johnny"],
        ["Gabriela"] = ["Gaby"],
        ["Fernanda"] = ["Fer"],
        ["Antonio"] = ["Toño", "Tony"],
        ["Santiago"] = ["Santi"],
        ["Isabella"] = ["Bella"],
        ["Michael"] = ["Mike"],
        ["William"] = ["Billy", "Will"],
        ["James"] = ["Jimmy"],
        ["Abigail"] = ["Abby"],
        ["Emmanuel"] = ["Manno"],
        ["Abdirahman"] = ["Abdi"],
        ["Mohamed"] = ["Mo"],
        ["Faadumo"] = ["Fadumo"],
        ["Catarina"] = ["Cata"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string>? Of(string name) => ByName.TryGetValue(name, out var nicknames) ? nicknames : null;
}
