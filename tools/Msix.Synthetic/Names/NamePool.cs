using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Names;

/// <summary>The names of one tradition, each list weighted by how common its names are.</summary>
internal sealed record NamePool(
    NameOrigin Origin,
    SurnameRule SurnameRule,
    Weighted<string> Boys,
    Weighted<string> Girls,
    Weighted<string> Men,
    Weighted<string> Women,
    Weighted<string> Surnames,
    double MiddleNameShare)
{
    public Weighted<string> Given(bool female, bool adult) => (female, adult) switch
    {
        (true, false) => Girls,
        (false, false) => Boys,
        (true, true) => Women,
        (false, true) => Men,
    };
}
