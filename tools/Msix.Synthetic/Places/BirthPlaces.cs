using System.Globalization;
using Msix.Synthetic.Names;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Places;

/// <summary>Where children of each tradition are born abroad: the sending regions of migrant families.</summary>
internal static class BirthPlaces
{
    private static readonly Weighted<Place> Mexico = new(Regions("MX",
        "Michoacán:Morelia,Uruapan,Zamora,Apatzingán:14|Guanajuato:León,Celaya,Irapuato,Dolores Hidalgo:12|" +
        "Jalisco:Guadalajara,Tepatitlán,Ciudad Guzmán:10|Oaxaca:Oaxaca de Juárez,Santiago Juxtlahuaca,Huajuapan de León,Juchitán:10|" +
        "Guerrero:Tlapa de Comonfort,Acapulco,Chilpancingo:8|Veracruz:Xalapa,Papantla,Veracruz:6|Puebla:Puebla,Tehuacán,Atlixco:6|" +
        "Chihuahua:Ciudad Juárez,Delicias,Chihuahua:5|Tamaulipas:Reynosa,Matamoros,Nuevo Laredo:7|Zacatecas:Fresnillo,Jerez,Zacatecas:5|" +
        "San Luis Potosí:Matehuala,Ciudad Valles,San Luis Potosí:4|Hidalgo:Ixmiquilpan,Pachuca:3|Nuevo León:Monterrey,Linares:4|Coahuila:Piedras Negras,Saltillo:3"));

    private static readonly Weighted<Place> Guatemala = new(Regions("GT",
        "Huehuetenango:Huehuetenango,San Pedro Soloma,Santa Eulalia,Jacaltenango,Todos Santos Cuchumatán,Barillas:10|" +
        "San Marcos:San Marcos,Tacaná,Comitancillo:4|Quiché:Santa Cruz del Quiché,Nebaj,Chajul:4|Totonicapán:Totonicapán,Momostenango:2|" +
        "Alta Verapaz:Cobán,San Pedro Carchá:2"));

    private static readonly Weighted<Place> CentralAmerica = new(
        Regions("HN", "Choluteca:Choluteca:3|Olancho:Juticalpa,Catacamas:3|Cortés:San Pedro Sula:4|Yoro:El Progreso:2")
            .Concat(Regions("SV", "San Miguel:San Miguel:3|La Unión:La Unión:2|Usulután:Usulután:2|San Salvador:San Salvador:3")));

    private static readonly Weighted<Place> Haiti = new(Regions("HT",
        "Ouest:Port-au-Prince,Léogâne:5|Artibonite:Gonaïves,Saint-Marc:3|Nord:Cap-Haïtien:2|Sud:Les Cayes:2|Grand'Anse:Jérémie:1"));

    private static readonly Weighted<Place> EastAfrica = new(
        Regions("KE", "Garissa:Dadaab:6|Turkana:Kakuma:4").Concat(Regions("SO", "Banaadir:Mogadishu:3|Lower Juba:Kismayo:1")));

    /// <summary>A foreign birthplace for the tradition, or null when children of the tradition are born in the United States.</summary>
    public static Weighted<Place>? AbroadFor(NameOrigin origin) => origin switch
    {
        NameOrigin.Mexican => Mexico,
        NameOrigin.GuatemalanMaya => Guatemala,
        NameOrigin.CentralAmerican => CentralAmerica,
        NameOrigin.Haitian => Haiti,
        NameOrigin.Somali => EastAfrica,
        _ => null,
    };

    /// <summary>The share of children born abroad, by tradition and age: older children were more often born before the family came.</summary>
    public static double AbroadShare(NameOrigin origin, int age)
    {
        var (older, middle, younger) = origin switch
        {
            NameOrigin.Mexican => (0.55, 0.35, 0.12),
            NameOrigin.GuatemalanMaya or NameOrigin.CentralAmerican => (0.75, 0.55, 0.2),
            NameOrigin.Haitian => (0.6, 0.4, 0.1),
            NameOrigin.Somali => (0.6, 0.35, 0.1),
            _ => (0.0, 0.0, 0.0),
        };
        return age >= 10 ? older : age >= 5 ? middle : younger;
    }

    /// <summary>Reads "state:city,city:weight|..." into places, each city weighted by its region's weight.</summary>
    private static IEnumerable<(Place, int)> Regions(string country, string regions) =>
        regions.Split('|').SelectMany(region =>
        {
            var parts = region.Split(':');
            var weight = int.Parse(parts[2], CultureInfo.InvariantCulture);
            return parts[1].Split(',').Select(city => (new Place(city, parts[0], country), weight));
        });
}
