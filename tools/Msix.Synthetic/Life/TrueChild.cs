using Msix.Domain.Mde;
using Msix.Synthetic.Names;

namespace Msix.Synthetic.Life;

/// <summary>A true child, before any State records it: who the child really is, and the child's traits.</summary>
internal sealed record TrueChild(Demographics Truth, NamePool Pool, ChildTraits Traits);
