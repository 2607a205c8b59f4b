using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Msix.Domain.Mde;

namespace Msix.Synthetic.Places;

/// <summary>
/// The profiles of the States: detailed for the States with the largest migrant programs, plain for the
/// rest (a State code plus digits, generic towns), so any State code can be generated.
/// </summary>
internal static class StateProfiles
{
    private const string FipsCodes =
        "AL01 AK02 AZ04 AR05 CA06 CO08 CT09 DE10 DC11 FL12 GA13 HI15 ID16 IL17 IN18 IA19 KS20 KY21 LA22 ME23 MD24 " +
        "MA25 MI26 MN27 MS28 MO29 MT30 NE31 NV32 NH33 NJ34 NM35 NY36 NC37 ND38 OH39 OK40 OR41 PA42 RI44 SC45 SD46 " +
        "TN47 TX48 UT49 VT50 VA51 WA53 WV54 WI55 WY56 AS60 GU66 MP69 PR72 VI78";

    private static readonly FrozenSet<string> Central = ToSet("AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI");
    private static readonly FrozenSet<string> Mountain = ToSet("AZ CO ID MT NM UT WY");
    private static readonly FrozenSet<string> Pacific = ToSet("CA NV OR WA");

    private static readonly FrozenDictionary<string, string> Fips = FipsCodes.Split(' ')
        .ToFrozenDictionary(entry => entry[..2], entry => entry[2..], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StateProfile> Detailed = new[]
    {
        Profile("TX", "TX", 9, septemberStart: false, "STAAR", "TELPAS", fullYear: false, numeric: true,
            "Weslaco|Pharr=Pharr-San Juan-Alamo ISD|Edinburg=Edinburg CISD|Mission=Mission CISD|Donna|Eagle Pass=Eagle Pass ISD|Brownsville|Hereford|Plainview|Laredo=United ISD", "{0} ISD"),
        Profile("CA", "", 10, septemberStart: false, "CAASPP", "ELPAC", fullYear: false, numeric: false,
            "Salinas=Salinas Union High School District|Watsonville=Pajaro Valley Unified School District|Delano|Fresno|Oxnard|Coachella=Coachella Valley Unified School District|Santa Maria=Santa Maria-Bonita School District|Madera", "{0} Unified School District"),
        Profile("FL", "FL", 10, septemberStart: false, "FAST", "WIDA ACCESS for ELLs", fullYear: false, numeric: false,
            "Immokalee=Collier County Public Schools|Homestead=Miami-Dade County Public Schools|Belle Glade=Palm Beach County School District|Plant City=Hillsborough County Public Schools|Apopka=Orange County Public Schools|Fort Pierce=St. Lucie Public Schools|Wauchula=Hardee County Schools", "{0} Public Schools"),
        Profile("MI", "", 10, septemberStart: true, "M-STEP", "WIDA ACCESS for ELLs", fullYear: false, numeric: false,
            "Holland=Holland Public Schools|Sparta=Sparta Area Schools|Hart=Hart Public Schools|Shelby=Shelby Public Schools|South Haven|Saginaw|Eaton Rapids|Benton Harbor=Benton Harbor Area Schools", "{0} Public Schools"),
        Profile("WA", "WA", 9, septemberStart: true, "Smarter Balanced", "WIDA ACCESS for ELLs", fullYear: false, numeric: false,
            "Yakima|Wenatchee|Pasco|Sunnyside|Mount Vernon|Othello|Wapato|Toppenish", "{0} School District"),
        Profile("OR", "OR", 8, septemberStart: true, "OSAS", "ELPA21", fullYear: false, numeric: false,
            "Woodburn|Hood River=Hood River County School District|Hermiston|Salem=Salem-Keizer Public Schools|Ontario|Independence=Central School District 13J", "{0} School District"),
        Profile("NC", "", 10, septemberStart: false, "EOG", "WIDA ACCESS for ELLs", fullYear: false, numeric: true,
            "Dunn=Harnett County Schools|Clinton=Sampson County Schools|Newton Grove=Sampson County Schools|Mount Olive=Wayne County Public Schools|Hendersonville=Henderson County Public Schools|Kinston=Lenoir County Public Schools", "{0} City Schools"),
        Profile("GA", "GA", 10, septemberStart: false, "Georgia Milestones", "WIDA ACCESS for ELLs", fullYear: false, numeric: true,
            "Tifton=Tift County Schools|Moultrie=Colquitt County Schools|Dalton=Dalton Public Schools|Vidalia=Vidalia City Schools|Bainbridge=Decatur County Schools|Ellijay=Gilmer County Schools", "{0} City Schools"),
        Profile("NY", "NY", 10, septemberStart: true, "NYS", "NYSESLAT", fullYear: true, numeric: true,
            "Albion=Albion Central School District|Sodus=Sodus Central School District|Wolcott=North Rose-Wolcott Central School District|Hudson|Goshen=Goshen Central School District|Riverhead=Riverhead Central School District", "{0} City School District"),
        Profile("ID", "ID", 8, septemberStart: false, "ISAT", "WIDA ACCESS for ELLs", fullYear: false, numeric: false,
            "Caldwell|Nampa|Burley=Cassia County Joint School District|Rupert=Minidoka County Joint School District|Wilder|Blackfoot", "{0} School District"),
        Profile("AZ", "AZ", 9, septemberStart: false, "AASA", "AZELLA", fullYear: false, numeric: false,
            "Yuma=Yuma Elementary School District|Somerton|San Luis=Gadsden Elementary School District|Gila Bend|Avondale", "{0} Unified School District"),
        Profile("OH", "OH", 9, septemberStart: true, "Ohio's State Tests", "OELPA", fullYear: false, numeric: false,
            "Fremont=Fremont City Schools|Defiance=Defiance City Schools|Leipsic=Leipsic Local Schools|Willard=Willard City Schools", "{0} City Schools"),
        Profile("PA", "PA", 9, septemberStart: true, "PSSA", "WIDA ACCESS for ELLs", fullYear: true, numeric: true,
            "Kennett Square=Kennett Consolidated School District|Gettysburg=Gettysburg Area School District|Biglerville=Upper Adams School District|Hazleton=Hazleton Area School District", "{0} Area School District"),
        Profile("MN", "", 10, septemberStart: true, "MCA", "WIDA ACCESS for ELLs", fullYear: false, numeric: false,
            "Crookston|Willmar|Owatonna|Worthington|Moorhead", "{0} Public Schools"),
    }.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    private static readonly string[] PlainTowns = ["Riverside", "Fairview", "Centerville", "Greenville", "Franklin", "Clinton", "Madison", "Georgetown"];

    private static readonly ConcurrentDictionary<string, StateProfile> Plain = new(StringComparer.Ordinal);

    /// <summary>The profile of any State code of <see cref="UsStates"/>.</summary>
    public static StateProfile Of(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var code = UsStates.Normalize(state);
        if (Detailed.TryGetValue(code, out var profile))
        {
            return profile;
        }

        if (!UsStates.IsState(code))
        {
            throw new ArgumentException($"'{state}' is not a State code.", nameof(state));
        }

        return Plain.GetOrAdd(code, PlainProfile);
    }

    private static StateProfile PlainProfile(string code) =>
        new StateProfile(code, Fips[code], code, 8, OffsetOf(code), StartsAfterLaborDay: false,
            $"{code} State Assessment", "WIDA ACCESS for ELLs", FullYearCourses: false, NumericGrades: false,
            [.. PlainTowns.Select(town => new Town(town, $"{town} Public Schools"))]);

    private static StateProfile Profile(
        string code, string prefix, int digits, bool septemberStart, string stateTest, string englishTest,
        bool fullYear, bool numeric, string towns, string districtPattern) =>
        new(code, Fips[code], prefix, digits, OffsetOf(code), septemberStart, stateTest, englishTest, fullYear, numeric,
            [.. towns.Split('|').Select(entry =>
            {
                var parts = entry.Split('=');
                return new Town(parts[0], parts.Length > 1 ? parts[1] : string.Format(CultureInfo.InvariantCulture, districtPattern, parts[0]));
            })]);

    private static TimeSpan OffsetOf(string code) => code switch
    {
        "AK" => TimeSpan.FromHours(-9),
        "HI" => TimeSpan.FromHours(-10),
        "PR" or "VI" => TimeSpan.FromHours(-4),
        "GU" or "MP" => TimeSpan.FromHours(10),
        "AS" => TimeSpan.FromHours(-11),
        _ when Central.Contains(code) => TimeSpan.FromHours(-6),
        _ when Mountain.Contains(code) => TimeSpan.FromHours(-7),
        _ when Pacific.Contains(code) => TimeSpan.FromHours(-8),
        _ => TimeSpan.FromHours(-5),
    };

    private static FrozenSet<string> ToSet(string codes) => codes.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
