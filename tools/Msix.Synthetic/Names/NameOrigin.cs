namespace Msix.Synthetic.Names;

/// <summary>The naming tradition of a family, which decides its names, its surnames and how they pass on.</summary>
internal enum NameOrigin
{
    /// <summary>Mexican: Spanish given names, two surnames (paternal, then maternal).</summary>
    Mexican,

    /// <summary>Honduran or Salvadoran: two surnames, like Mexican.</summary>
    CentralAmerican,

    /// <summary>Guatemalan Maya (Q'anjob'al, K'iche', Mam ...): two surnames, many of them Christian given names.</summary>
    GuatemalanMaya,

    /// <summary>Puerto Rican: two surnames; born in the United States (PR).</summary>
    PuertoRican,

    /// <summary>English-speaking: one surname, a middle name.</summary>
    Anglo,

    /// <summary>Haitian: French and Kreyòl given names, one surname; the mother keeps her own.</summary>
    Haitian,

    /// <summary>Vietnamese (Gulf fisheries): one surname, Van or Thi as a middle name; the mother keeps her own.</summary>
    Vietnamese,

    /// <summary>Somali: the child's middle name is the father's given name, the last name the grandfather's.</summary>
    Somali,
}
