using System.Text.Json;
using Msix.Domain.Identity.Matching;

namespace Msix.Domain.Tests.Identity.Matching;

/// <summary>Blocking-key members' fields as one line: every field back as written, in a third of the room.</summary>
public sealed class PackedMatchFieldsTests
{
    [Fact]
    public void Every_field_comes_back_as_packed()
    {
        var fields = Child.Fields() with { BirthState = "Jalisco", MultipleBirth = true, Parent2FirstName = "María", Parent2LastName = "López Ruiz" };

        var line = PackedMatchFields.Pack(fields);

        Assert.Equal("TX|1|José|Luis|García|López|20150314|M|1|Guadalajara|Jalisco|MX|Juan|García Ruiz|María|López Ruiz", line);
        Assert.Equal(fields, PackedMatchFields.Unpack(line));
    }

    [Fact]
    public void Missing_values_and_separators_inside_values_come_back_as_they_were()
    {
        var fields = new MatchFields { State = "TX", StateStudentId = @"A|B\C", LastName1 = "Smith|Jones", LastName2 = @"\", BirthDate = 0 };

        var line = PackedMatchFields.Pack(fields);

        Assert.Equal(@"TX|A\|B\\C|||Smith\|Jones|\\|||0|||||||", line);
        Assert.Equal(fields, PackedMatchFields.Unpack(line));
    }

    [Fact]
    public void A_line_with_too_few_values_or_no_State_is_refused_with_what_is_wrong()
    {
        var tooFew = Assert.Throws<FormatException>(() => PackedMatchFields.Unpack("TX|1|José"));
        var noState = Assert.Throws<FormatException>(() => PackedMatchFields.Unpack("|1||||||||||||||"));
        var badDate = Assert.Throws<FormatException>(() => PackedMatchFields.Unpack("TX|1||||| 2015-03-14|||||||||"));

        Assert.Contains("this line holds 3", tooFew.Message, StringComparison.Ordinal);
        Assert.Contains("State", noState.Message, StringComparison.Ordinal);
        Assert.Contains("yyyyMMdd", badDate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_is_stored_with_its_fields_as_one_line_and_members_stored_as_objects_before_still_read()
    {
        var fields = Child.Fields();
        var member = new BlockMember("TX-1", "123456789012", fields);

        var json = JsonSerializer.Serialize(member, MsixJson.Options);
        var older = JsonSerializer.Serialize(new { key = "TX-1", msixId = "123456789012", fields }, MsixJson.Options);

        Assert.Equal("""{"key":"TX-1","msixId":"123456789012","fields":"TX|1|José|Luis|García|López|20150314|M|0|Guadalajara||MX|Juan|García Ruiz|María|López Sánchez"}""", json);
        Assert.True(json.Length * 2 < older.Length, $"{json.Length} characters packed against {older.Length} as an object");
        Assert.Equal(member, JsonSerializer.Deserialize<BlockMember>(json, MsixJson.Options));
        Assert.Equal(member, JsonSerializer.Deserialize<BlockMember>(older, MsixJson.Options));
        Assert.Equal(new BlockMember("TX-1", "123456789012"), JsonSerializer.Deserialize<BlockMember>("""{"key":"TX-1","msixId":"123456789012"}""", MsixJson.Options));
    }

    [Fact]
    public void A_member_whose_fields_are_neither_a_line_nor_an_object_is_refused()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BlockMember>("""{"key":"TX-1","msixId":"123456789012","fields":42}""", MsixJson.Options));

        Assert.Contains("packed line or an object", e.Message, StringComparison.Ordinal);
    }
}
