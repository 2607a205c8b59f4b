using Msix.Domain.Identity.Matching;

namespace Msix.Domain.Tests.Identity.Matching;

/// <summary>Match records for tests: a child with every identifying field, changed by each test.</summary>
internal static class Child
{
    public static MatchFields Fields(string state = "TX", string id = "1") => new()
    {
        State = state,
        StateStudentId = id,
        FirstName = "José",
        MiddleName = "Luis",
        LastName1 = "García",
        LastName2 = "López",
        BirthDate = 20150314,
        Sex = "M",
        BirthCity = "Guadalajara",
        BirthCountry = "MX",
        Parent1FirstName = "Juan",
        Parent1LastName = "García Ruiz",
        Parent2FirstName = "María",
        Parent2LastName = "López Sánchez",
    };

    public static MatchRecord Record(Func<MatchFields, MatchFields>? change = null, string state = "TX", string id = "1") =>
        MatchRecordFactory.Create(change is null ? Fields(state, id) : change(Fields(state, id)));
}
