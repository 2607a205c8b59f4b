using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class DoubleMetaphoneTests
{
    [Theory]
    [InlineData("smith", "SM0", "XMT")]
    [InlineData("schmidt", "XMT", "SMT")]
    [InlineData("thompson", "TMPS", "TMPS")]
    [InlineData("jose", "HS", "HS")]
    [InlineData("garcia", "KRS", "KRX")]
    [InlineData("gonzalez", "KNSL", "KNSL")]
    [InlineData("phillips", "FLPS", "FLPS")]
    [InlineData("katherine", "K0RN", "KTRN")]
    [InlineData("castillo", "KSTL", "KST")]
    [InlineData("cabrillo", "KPRL", "KPR")]
    [InlineData("michael", "MKL", "MXL")]
    [InlineData("hernandez", "HRNN", "ARNN")]
    [InlineData("ernandez", "ARNN", "ARNN")]
    [InlineData("javier", "JF", "HFR")]
    [InlineData("xavier", "SF", "HFR")]
    [InlineData("jesus", "JSS", "HSS")]
    [InlineData("de la cruz", "TLKR", "TLKR")]
    [InlineData("a", "A", "A")]
    [InlineData("x", "S", "S")]
    public void Known_keys(string folded, string primary, string alternate) =>
        Assert.Equal((primary, alternate), DoubleMetaphone.Encode(folded));

    // The published algorithm (no Hispanic additions), keys of any length.
    [Theory]
    [InlineData("maurice", "MRS", "MRS")]
    [InlineData("aubrey", "APR", "APR")]
    [InlineData("cambrillo", "KMPRL", "KMPR")]
    [InlineData("heidi", "HT", "HT")]
    [InlineData("richard", "RXRT", "RKRT")]
    [InlineData("bob", "PP", "PP")]
    [InlineData("eric", "ARK", "ARK")]
    [InlineData("geoff", "JF", "KF")]
    [InlineData("through", "0R", "TR")]
    [InlineData("schwein", "XN", "XFN")]
    [InlineData("steven", "STFN", "STFN")]
    [InlineData("rapelje", "RPL", "RPL")]
    [InlineData("otto", "AT", "AT")]
    [InlineData("zhang", "JNK", "JNK")]
    [InlineData("chile", "XL", "XL")]
    [InlineData("arnow", "ARN", "ARNF")]
    [InlineData("solilijs", "SLLS", "SLLS")]
    [InlineData("parachute", "PRKT", "PRKT")]
    [InlineData("nowhere", "NR", "NR")]
    [InlineData("tux", "TKS", "TKS")]
    [InlineData("knight", "NT", "NT")]
    [InlineData("wright", "RT", "RT")]
    [InlineData("caesar", "SSR", "SSR")]
    [InlineData("chianti", "KNT", "KNT")]
    [InlineData("church", "XRX", "XRK")]
    [InlineData("czerny", "SRN", "XRN")]
    [InlineData("focaccia", "FKX", "FKX")]
    [InlineData("accident", "AKSTNT", "AKSTNT")]
    [InlineData("edge", "AJ", "AJ")]
    [InlineData("edgar", "ATKR", "ATKR")]
    [InlineData("laugh", "LF", "LF")]
    [InlineData("hugh", "H", "H")]
    [InlineData("cagney", "KKN", "KKN")]
    [InlineData("tagliaro", "TKLR", "TLR")]
    [InlineData("rogier", "RJ", "RJR")]
    [InlineData("sugar", "XKR", "SKR")]
    [InlineData("schermerhorn", "XRMRRN", "SKRMRRN")]
    [InlineData("snider", "SNTR", "XNTR")]
    [InlineData("resnais", "RSN", "RSNS")]
    [InlineData("thomas", "TMS", "TMS")]
    [InlineData("wasserman", "ASRMN", "FSRMN")]
    [InlineData("filipowicz", "FLPTS", "FLPFX")]
    [InlineData("breaux", "PR", "PR")]
    [InlineData("campbell", "KMPL", "KMPL")]
    [InlineData("jankelowicz", "JNKLTS", "ANKLFX")]
    [InlineData("javier", "JF", "AFR")]
    [InlineData("xavier", "SF", "SFR")]
    [InlineData("hernandez", "HRNNTS", "HRNNTS")]
    public void Published_algorithm(string folded, string primary, string alternate) =>
        Assert.Equal((primary, alternate), DoubleMetaphone.Encode(folded, 100, hispanic: false));

    [Theory]
    [InlineData("gonzalez", "gonzales")]
    [InlineData("gonzalez", "gonsalez")]
    [InlineData("gonzales", "gonsales")]
    [InlineData("phillips", "filips")]
    [InlineData("katherine", "catherine")]
    [InlineData("smith", "schmidt")]
    [InlineData("hernandez", "ernandez")]
    [InlineData("xavier", "javier")]
    [InlineData("ximena", "jimena")]
    [InlineData("vasquez", "vazquez")]
    [InlineData("velasquez", "velazquez")]
    [InlineData("castillo", "castilo")]
    [InlineData("jose", "hose")]
    [InlineData("jimenez", "himenez")]
    public void Sound_alikes_share_a_key(string a, string b)
    {
        var (primaryA, alternateA) = DoubleMetaphone.Encode(a);
        var (primaryB, alternateB) = DoubleMetaphone.Encode(b);
        Assert.True(
            primaryA == primaryB || primaryA == alternateB || alternateA == primaryB || alternateA == alternateB,
            $"{a} {primaryA}/{alternateA}, {b} {primaryB}/{alternateB}");
    }

    [Theory]
    [InlineData("garcia", "lopez")]
    [InlineData("juan", "jose")]
    public void Different_names_do_not(string a, string b)
    {
        var (primaryA, alternateA) = DoubleMetaphone.Encode(a);
        var (primaryB, alternateB) = DoubleMetaphone.Encode(b);
        Assert.False(primaryA == primaryB || primaryA == alternateB || alternateA == primaryB || alternateA == alternateB);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    public void No_letter_gives_empty_keys(string folded) =>
        Assert.Equal(("", ""), DoubleMetaphone.Encode(folded));

    [Fact]
    public void Keys_are_cut_to_the_maximum_length()
    {
        Assert.Equal(("K", "K"), DoubleMetaphone.Encode("katherine", 1));
        Assert.Equal(("K0RN", "KTRN"), DoubleMetaphone.Encode("katherine", 4));
        Assert.Equal(("K0RN", "KTRN"), DoubleMetaphone.Encode("katherine", 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DoubleMetaphone.Encode("katherine", 0));
    }

    [Fact]
    public void Long_names_and_long_keys()
    {
        var longName = string.Concat(Enumerable.Repeat("martinez", 40));
        var (primary, alternate) = DoubleMetaphone.Encode(longName, 200);
        Assert.Equal(string.Concat(Enumerable.Repeat("MRTNS", 40)), primary);
        Assert.Equal(primary, alternate);
    }
}
