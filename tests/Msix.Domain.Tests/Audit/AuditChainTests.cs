using Msix.Domain.Audit;
using Msix.Domain.Identity;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void A_users_chain_is_named_by_the_user_id()
    {
        var chain = AuditChain.ForUser("4f1c2b7e-0000-4000-8000-000000000001");

        Assert.Equal("user:4f1c2b7e-0000-4000-8000-000000000001", chain.Name);
        Assert.False(chain.IsStudent);
        Assert.Equal(chain, AuditChain.Parse(chain.Name));
    }

    [Fact]
    public void A_user_id_keeps_letters_digits_and_dot_dash_underscore_at_and_escapes_the_rest_one_to_one()
    {
        var chain = AuditChain.ForUser("a/b c#d%e?f\\g~hé");

        Assert.Equal("user:a~2Fb~20c~23d~25e~3Ff~5Cg~7Eh~C3~A9", chain.Name);
        Assert.Equal(chain, AuditChain.Parse(chain.Name));
        Assert.Equal("user:jane.doe@tx-gov_1", AuditChain.ForUser("jane.doe@tx-gov_1").Name);
        Assert.NotEqual(AuditChain.ForUser("a~2Fb").Name, AuditChain.ForUser("a/b").Name);
    }

    [Fact]
    public void A_childs_chain_needs_a_valid_msix_id()
    {
        var msixId = MsixId.NewId();

        Assert.Equal("student:" + msixId, AuditChain.ForStudent(msixId).Name);
        Assert.True(AuditChain.ForStudent(msixId).IsStudent);
        Assert.Throws<ArgumentException>(() => AuditChain.ForStudent("123456789012"));
        Assert.Throws<ArgumentException>(() => AuditChain.ForUser(""));
        Assert.Throws<ArgumentException>(() => AuditChain.ForUser(new string('u', AuditChain.MaxKeyLength + 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("user:")]
    [InlineData("user:a/b")]
    [InlineData("user:a~2")]
    [InlineData("user:a%2F")]
    [InlineData("student:123456789012")]
    [InlineData("someone")]
    public void A_name_that_is_no_chain_does_not_parse(string name)
    {
        Assert.False(AuditChain.TryParse(name, out _));
        Assert.Throws<FormatException>(() => AuditChain.Parse(name));
    }

    [Fact]
    public void Logs_name_a_users_chain_by_a_hash_and_a_childs_by_its_msix_id()
    {
        var user = AuditChain.ForUser("jane.doe@example.org");
        var msixId = MsixId.NewId();

        Assert.Matches("^user:#[0-9a-f]{8}$", user.ForLog);
        Assert.DoesNotContain("jane", user.ForLog, StringComparison.Ordinal);
        Assert.Equal("student:" + msixId, AuditChain.ForStudent(msixId).ForLog);
    }

    [Fact]
    public void Entry_and_head_ids_sort_in_chain_order_and_never_collide()
    {
        var chain = AuditChain.ForUser("u");

        Assert.Equal("user:u:0000000009", AuditEntry.IdOf(chain, 9));
        Assert.True(string.CompareOrdinal(AuditEntry.IdOf(chain, 9), AuditEntry.IdOf(chain, 10)) < 0);
        Assert.Equal("user:u:head", AuditChainHead.IdOf(chain));
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditEntry.IdOf(chain, 0));
    }
}
