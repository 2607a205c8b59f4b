using Msix.Domain.Identity.Matching;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class NamePoolTests
{
    [Fact]
    public void Equal_values_come_back_as_one_string_object()
    {
        var pool = new NamePool(10);
        var first = pool.Share(new string("garcia".AsSpan()));
        var second = pool.Share(new string("garcia".AsSpan()));
        Assert.Same(first, second);
        Assert.Equal("garcia", second);
    }

    [Fact]
    public void A_full_pool_gives_new_values_back_as_they_are_and_keeps_sharing_the_ones_it_holds()
    {
        var pool = new NamePool(2);
        var lopez = pool.Share(new string("lopez".AsSpan()));
        pool.Share("perez");
        var late = new string("ruiz".AsSpan());
        Assert.Same(late, pool.Share(late));
        Assert.NotSame(pool.Share(new string("ruiz".AsSpan())), late);
        Assert.Same(lopez, pool.Share(new string("lopez".AsSpan())));
    }

    [Fact]
    public void Records_of_the_same_names_share_their_strings()
    {
        var a = Child.Record(f => f with { FirstName = "María José", LastName1 = "García" });
        var b = Child.Record(f => f with { FirstName = "MARIA JOSE", LastName1 = "Garcia" }, state: "CA", id: "2");
        Assert.Same(a.FirstName, b.FirstName);
        Assert.Same(a.LastNames[0], b.LastNames[0]);
        Assert.Same(a.LastNameCompact, b.LastNameCompact);
        Assert.Same(a.BirthCity, b.BirthCity);
    }
}
