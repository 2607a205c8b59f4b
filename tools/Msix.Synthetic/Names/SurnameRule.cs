namespace Msix.Synthetic.Names;

/// <summary>How surnames pass from the parents to the child.</summary>
internal enum SurnameRule
{
    /// <summary>LastName1 is the father's first surname, LastName2 the mother's first surname.</summary>
    Double,

    /// <summary>The child takes the father's one surname; LastName2 is empty.</summary>
    Single,

    /// <summary>The child's middle name is the father's given name, the last name the father's middle name.</summary>
    Patronymic,
}
