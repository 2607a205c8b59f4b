using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// Common English and Spanish nicknames and diminutives of given names and the formal names they stand for
/// (bill → william, pepe → jose, lupita → guadalupe), all folded. Lookups are O(1) and do not allocate.
/// </summary>
public static class Nicknames
{
    // Formal name: its nicknames. A nickname under several formal names stands for each of them.
    private static readonly string[] Table =
    [
        // English
        "william: bill billy will willy willie liam wil",
        "robert: bob bobby rob robbie robby bert bertie",
        "james: jim jimmy jamie jimbo",
        "michael: mike mikey mick mickey micky",
        "katherine: kate katie kathy cathy kat katy kay kitty",
        "catherine: kate katie kathy cathy cat cathie katy",
        "kathryn: kate katie kathy",
        "elizabeth: liz lizzie lizzy beth betty betsy bess bessie eliza libby ellie",
        "anthony: tony",
        "alexander: alex al xander sasha sandy",
        "alexandra: alex lexi sasha sandy",
        "christopher: chris topher kit",
        "christian: chris",
        "christina: chris tina chrissy",
        "christine: chris tina chrissy",
        "richard: rick ricky rich richie dick",
        "thomas: tom tommy",
        "john: johnny jack",
        "jonathan: jon jonny johnny",
        "joseph: joe joey jo",
        "josephine: jo josie",
        "charles: charlie chuck chas",
        "edward: ed eddie ted teddy ned",
        "theodore: ted teddy theo",
        "david: dave davey",
        "steven: steve stevie",
        "stephen: steve stevie",
        "matthew: matt matty",
        "andrew: andy drew",
        "benjamin: ben benny benji",
        "samuel: sam sammy",
        "samantha: sam sammy",
        "joshua: josh",
        "nicholas: nick nicky",
        "timothy: tim timmy",
        "kenneth: ken kenny",
        "gregory: greg",
        "jeffrey: jeff",
        "jennifer: jen jenn jenny",
        "margaret: maggie meg peggy marge margie greta",
        "patricia: pat patty tricia trish pato pati",
        "patrick: pat paddy",
        "deborah: deb debbie",
        "susan: sue susie suzy",
        "rebecca: becky becca",
        "victoria: vicky tori",
        "abigail: abby",
        "jessica: jess jessie",
        "nathaniel: nate nat",
        "nathan: nate",
        "zachary: zach zack",
        "jacob: jake",
        "frederick: fred freddy",
        "henry: hank harry",
        "harold: harry hal",
        "lawrence: larry",
        "leonard: leo len lenny",
        "raymond: ray",
        "ronald: ron ronnie",
        "donald: don donnie",
        "gerald: jerry gerry",
        "peter: pete",
        "philip: phil",
        "phillip: phil",
        "douglas: doug",
        "eugene: gene",
        "albert: al bert",
        "alfred: al alf fred",
        "walter: walt wally",
        "vincent: vince vinny",
        "dorothy: dot dottie dolly",
        "virginia: ginny ginger",
        "barbara: barb barbie babs",
        "pamela: pam",
        "cynthia: cindy",
        "sandra: sandy",
        "amanda: mandy",
        "kimberly: kim",
        "melissa: mel missy",
        "stephanie: steph",
        "judith: judy",
        "angela: angie",
        "cassandra: cassie",
        "frances: fran frannie",
        "francis: frank fran",
        "sarah: sally sadie",
        "anne: annie",
        "isabella: bella izzy",
        "gabriel: gaby gabe",

        // Spanish
        "jose: pepe chepe pepito chepito joe",
        "francisco: paco pancho curro quico kiko panchito frank",
        "ignacio: nacho",
        "guadalupe: lupe lupita",
        "jesus: chuy chucho chuyito",
        "guillermo: memo guille",
        "eduardo: lalo edu",
        "gerardo: lalo",
        "alberto: beto al",
        "roberto: beto",
        "humberto: beto",
        "lorenzo: lencho",
        "consuelo: chelo",
        "concepcion: concha conchita conchi",
        "dolores: lola loli",
        "pilar: pili",
        "rosario: charo chayo",
        "rafael: rafa rafi",
        "enrique: quique kike",
        "antonio: tono tonio toni tony",
        "teresa: tere",
        "maria: maru mari",
        "juan: juanito",
        "manuel: manolo manny manu",
        "gabriela: gaby gabi",
        "daniel: dani danny dan",
        "daniela: dani",
        "fernando: fer nando",
        "fernanda: fer",
        "santiago: santi",
        "patricio: pato",
        "nicolas: nico nick",
        "alejandro: alex ale jando",
        "alejandra: alex ale",
        "cristina: chris cris tina",
        "cristian: chris cris",
        "cristobal: cris chris",
        "isabel: chabela isa",
        "socorro: coco",
        "mercedes: meche",
        "graciela: chela",
        "marcela: chela",
        "ana: anita",
        "rosa: rosita",
        "carlos: carlitos charly",
        "luis: lucho wicho",
        "jorge: coque",
        "javier: javi",
        "miguel: migue mike",
        "alfonso: poncho",
        "ramon: moncho",
        "salvador: chava",
        "ricardo: richi ricky",
        "federico: fede",
        "sergio: checo",
        "gonzalo: chalo",
        "rodolfo: rudy fito",
        "adolfo: fito",
        "ernesto: neto",
        "margarita: margo rita",
        "mariana: mari",
        "veronica: vero",
        "beatriz: bea",
        "josefina: pepa pepita fina",
        "josefa: pepa",
        "francisca: paca pancha paquita",
        "leticia: lety leti",
        "yolanda: yoli",
        "natalia: naty nati",
        "alicia: licha",
        "gustavo: tavo",
        "octavio: tavo",
        "reynaldo: rey naldo",
        "reinaldo: rey naldo",
        "valentina: vale",
        "valeria: vale",
        "emmanuel: manny manno manu",
        "catarina: cata",
        "catalina: cata",

        // Other traditions among migrant families
        "abdirahman: abdi",
        "abdullahi: abdi",
        "mohamed: mo",
        "mohammed: mo",
        "muhammad: mo",
    ];

    private static readonly FrozenDictionary<string, string[]> FormalsByNickname = Build();

    private static readonly FrozenDictionary<string, ReadOnlyCollection<string>> ReadOnlyFormalsByNickname =
        FormalsByNickname.ToFrozenDictionary(pair => pair.Key, pair => Array.AsReadOnly(pair.Value), StringComparer.Ordinal);

    /// <summary>How many (nickname, formal name) pairs the table holds.</summary>
    public static int PairCount { get; } = CountPairs();

    /// <summary>Every nickname in the table, for tests and diagnostics.</summary>
    public static IEnumerable<string> AllNicknames => FormalsByNickname.Keys;

    /// <summary>
    /// True when the two folded given names are equal, when one is a nickname of the other (bill, william), or
    /// when both are nicknames of one formal name (billy, will). Alejandro and alexander are not related: they
    /// only share the nickname alex.
    /// </summary>
    public static bool AreRelated(string foldedA, string foldedB)
    {
        ArgumentNullException.ThrowIfNull(foldedA);
        ArgumentNullException.ThrowIfNull(foldedB);
        if (string.Equals(foldedA, foldedB, StringComparison.Ordinal))
        {
            return true;
        }

        var formalsA = FormalsByNickname.GetValueOrDefault(foldedA);
        var formalsB = FormalsByNickname.GetValueOrDefault(foldedB);
        if (formalsA is null)
        {
            return formalsB is not null && Contains(formalsB, foldedA);
        }

        if (formalsB is null)
        {
            return Contains(formalsA, foldedB);
        }

        foreach (var formal in formalsA)
        {
            if (Contains(formalsB, formal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The formal names a folded given name stands for: those of a nickname (kate → katherine, catherine,
    /// kathryn), else the name itself (a formal or unknown name).
    /// </summary>
    public static IReadOnlyList<string> FormalNames(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return ReadOnlyFormalsByNickname.TryGetValue(folded, out var formals) ? formals : [folded];
    }

    /// <summary>True when the folded name is a nickname in the table.</summary>
    public static bool IsNickname(string folded) => FormalsByNickname.ContainsKey(folded);

    private static bool Contains(string[] names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string[]> Build()
    {
        var formalsByNickname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in Table)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var formal = line[..colon];
            foreach (var nickname in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!formalsByNickname.TryGetValue(nickname, out var formals))
                {
                    formals = [];
                    formalsByNickname[nickname] = formals;
                }

                if (!formals.Contains(formal))
                {
                    formals.Add(formal);
                }
            }
        }

        return formalsByNickname.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private static int CountPairs()
    {
        var count = 0;
        foreach (var formals in FormalsByNickname.Values)
        {
            count += formals.Length;
        }

        return count;
    }
}
