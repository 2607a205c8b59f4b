using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Names;

/// <summary>
/// The name lists of each tradition, with relative frequencies: common names weigh tens, rare ones 1, so
/// García, Hernández and Martínez are everywhere and Villaseñor is seldom seen.
/// </summary>
internal static class NamePools
{
    private static readonly Weighted<string> MexicanSurnames = Weighted.Parse(
        "Hernández:100|García:90|Martínez:78|López:70|González:66|Pérez:56|Rodríguez:52|Sánchez:48|Ramírez:46|Cruz:36|" +
        "Flores:35|Gómez:33|Morales:30|Vázquez:30|Reyes:29|Jiménez:28|Torres:27|Díaz:26|Gutiérrez:25|Ruiz:24|" +
        "Mendoza:23|Aguilar:22|Ortiz:21|Moreno:20|Castillo:20|Romero:19|Álvarez:18|Méndez:18|Chávez:17|Rivera:17|" +
        "Juárez:16|Ramos:16|Domínguez:15|Herrera:15|Medina:14|Castro:14|Vargas:13|Guzmán:13|Velázquez:12|Muñoz:12|" +
        "Rojas:11|Contreras:11|Salazar:11|Luna:10|Ortega:10|Santiago:10|Guerrero:10|Estrada:9|Bautista:9|Cortés:9|" +
        "Soto:8|Alvarado:8|Espinoza:8|Lara:8|Ávila:7|Ríos:7|Cervantes:7|Silva:7|Delgado:7|Vega:7|Márquez:6|Sandoval:6|" +
        "Fernández:6|León:6|Carrillo:6|Mejía:6|Solís:6|Núñez:5|Rosas:5|Valdez:5|Ibarra:5|Campos:5|Santos:5|Camacho:5|" +
        "Navarro:5|Peña:5|Maldonado:5|Rosales:5|Acosta:5|Miranda:4|Trejo:4|Valencia:4|Nava:4|Pacheco:4|Huerta:4|" +
        "Padilla:4|Robles:4|Cabrera:4|Montes:4|De la Cruz:4|Zúñiga:3|Ochoa:3|Fuentes:3|Cisneros:3|Villanueva:3|" +
        "Beltrán:3|Osorio:3|Calderón:3|Orozco:3|Saldaña:2|Treviño:2|Quiñones:2|Ibáñez:2|Del Ángel:2|Mireles:1|" +
        "Ybarra:1|Arriaga:1|Villaseñor:1|Zamudio:1|Echeverría:1|Argüello:1|Peñaloza:1|Olvera:1|Barragán:1|Téllez:1|Xochihua:1|Cuautle:1");

    private static readonly Weighted<string> HispanicBoys = Weighted.Parse(
        "José:40|Juan:34|Luis:30|Carlos:28|Jesús:25|Miguel:25|Ángel:22|Jorge:18|Alejandro:18|Diego:16|Daniel:16|" +
        "Francisco:15|Antonio:14|Santiago:12|Eduardo:12|Fernando:12|Emiliano:10|Mateo:10|Adrián:10|Sebastián:8|" +
        "Christopher:8|Kevin:8|Brian:7|Iván:7|Óscar:6|Raúl:6|Martín:6|Julián:6|Rubén:5|Ramón:4|Gael:5|Leonardo:6|" +
        "Manuel:8|Pedro:6|Ricardo:5|Roberto:5|Alberto:4|Enrique:4|Ignacio:3|Joaquín:3|Andrés:4|Jonathan:5|" +
        "Eliseo:1|Anselmo:1|Efraín:1|Nicanor:1|Jacinto:1|Heriberto:1|Abundio:1|Tiburcio:1|Epifanio:1|Cuauhtémoc:1|" +
        "Eleazar:1|Yahir:1|Brayan:1|Maximiliano:1|Ezequiel:1|Isaías:1");

    private static readonly Weighted<string> HispanicGirls = Weighted.Parse(
        "María:40|Guadalupe:20|Ana:18|Daniela:16|Sofía:16|Valeria:15|Camila:14|Ximena:12|Fernanda:12|Andrea:12|" +
        "Mariana:12|Jimena:10|Alejandra:10|Gabriela:10|Paola:8|Karla:8|Isabella:8|Natalia:8|Leslie:7|Yesenia:7|" +
        "Lucía:7|Jazmín:6|Itzel:6|Dulce:5|Génesis:5|Araceli:4|Rocío:4|Citlali:4|Yaretzi:3|Fátima:2|Ángela:5|" +
        "Rosa:4|Juana:3|Esmeralda:4|Abigail:5|Brenda:4|Diana:5|Estefanía:3|" +
        "Xóchitl:1|Nayeli:1|Eréndira:1|Maricruz:1|Zitlaly:1|Belén:1|Inés:1|Anahí:1|Yuridia:1|Marisol:1|" +
        "Itandehui:1|Ángeles:1|Concepción:1|Dolores:1|Rosario:1");

    private static readonly Weighted<string> HispanicMen = Weighted.Parse(
        "Juan:30|José:30|Francisco:16|Pedro:12|Miguel:14|Antonio:14|Jesús:14|Manuel:12|Ramón:9|Rafael:8|Salvador:7|" +
        "Javier:8|Alfredo:6|Arturo:6|Armando:6|Guillermo:5|Gerardo:6|Ignacio:5|Rogelio:4|Fidel:3|Marcelino:2|" +
        "Rigoberto:3|Eusebio:1|Aurelio:2|Florentino:1|Gregorio:2|Isidro:2|Leobardo:1|Martín:6|Santos:3|Lorenzo:3");

    private static readonly Weighted<string> HispanicWomen = Weighted.Parse(
        "María:40|Guadalupe:12|Rosa:12|Juana:10|Margarita:8|Teresa:8|Carmen:8|Verónica:7|Leticia:7|Patricia:6|" +
        "Araceli:6|Silvia:6|Elena:5|Alicia:5|Graciela:4|Martha:5|Maribel:4|Socorro:3|Rocío:4|Yolanda:4|Angélica:4|" +
        "Esperanza:3|Irma:3|Remedios:1|Eufemia:1|Herminia:2|Petra:2|Sandra:5|Claudia:5|Lidia:3|Norma:4");

    private static readonly Weighted<string> CentralAmericanSurnames = Weighted.Parse(
        "Hernández:60|López:40|Martínez:38|García:35|Rodríguez:30|Flores:26|Pérez:25|Mejía:20|Reyes:18|Cruz:18|" +
        "Ramírez:18|Rivera:16|Sánchez:15|Aguilar:12|Castillo:12|Romero:11|Zelaya:8|Amaya:8|Portillo:8|Orellana:7|" +
        "Argueta:7|Alvarenga:5|Chicas:4|Bonilla:6|Euceda:3|Maradiaga:3|Cálix:2|Banegas:2|Zepeda:5|Funes:3");

    private static readonly Weighted<string> MayaSurnames = Weighted.Parse(
        "Pascual:30|Domingo:25|Francisco:25|Mateo:24|Gaspar:20|Tomás:20|Diego:18|Lucas:18|Andrés:16|Pedro:15|" +
        "Juan:14|Sebastián:12|Ramírez:12|López:12|Gómez:10|Hernández:10|Pérez:10|Tzoc:6|Xicay:3|Ajú:3|Coj:4|" +
        "Chávez:6|Baten:3|Cux:3|Ixcoy:2|Tzul:3|Chun:2|Ical:2|Caal:4|Choc:4|Us:2|Tum:2|Quiej:1|Xol:2|Chiquín:1");

    private static readonly Weighted<string> MayaGirls = Weighted.Parse(
        "María:30|Juana:14|Catarina:10|Magdalena:8|Rosa:8|Candelaria:5|Micaela:4|Petrona:4|Manuela:4|Francisca:5|" +
        "Ana:8|Yesenia:4|Sandra:4|Elvira:3|Lucía:4|Isabel:4|Ixchel:1|Olga:2|Rosalía:2|Dominga:2");

    private static readonly Weighted<string> MayaBoys = Weighted.Parse(
        "Juan:22|Pedro:14|Mateo:12|Diego:10|Francisco:10|Marcos:8|Baltazar:5|Gaspar:5|Domingo:6|Andrés:7|" +
        "Lucas:7|Tomás:6|Sebastián:6|Miguel:8|Antonio:6|Santiago:5|Cristóbal:3|Alonzo:2|Nicolás:4|Elmer:3|Byron:3");

    private static readonly Weighted<string> AngloSurnames = Weighted.Parse(
        "Smith:30|Johnson:24|Williams:20|Brown:18|Jones:18|Miller:15|Davis:14|Wilson:11|Moore:10|Taylor:10|" +
        "Anderson:9|Thomas:9|Jackson:8|White:8|Harris:8|Martin:8|Thompson:8|Young:6|Allen:6|King:6|Wright:6|" +
        "Scott:5|Green:5|Baker:5|Adams:5|Nelson:5|Hill:5|Campbell:4|Mitchell:4|Roberts:4|Carter:4|Phillips:4|" +
        "Evans:4|Turner:4|Parker:4|Collins:4|Edwards:3|Stewart:3|Morris:3|Murphy:3|Cook:3|Rogers:3|Cooper:3|" +
        "Peterson:3|O'Brien:2|McAllister:1|Vandenberg:1|Hollingsworth:1|Blankenship:1|Stoltzfus:1");

    private static readonly Weighted<string> AngloBoys = Weighted.Parse(
        "Jacob:10|Michael:10|Tyler:8|Austin:7|Cody:6|Dustin:4|Hunter:6|Wyatt:6|Colton:5|James:9|William:8|" +
        "Noah:8|Liam:8|Logan:6|Caleb:6|Ethan:7|Mason:6|Brandon:5|Justin:5|Dakota:2|Jeremiah:2|Ezekiel:1|Brantley:1");

    private static readonly Weighted<string> AngloGirls = Weighted.Parse(
        "Emily:10|Madison:9|Ashley:7|Hannah:8|Abigail:7|Olivia:9|Emma:9|Ava:7|Sarah:6|Brittany:4|Kayla:5|" +
        "Jessica:5|Chloe:6|Brooklyn:4|Savannah:4|Destiny:3|Kaylee:4|Harper:4|Paisley:2|Magnolia:1|Oaklynn:1");

    private static readonly Weighted<string> AngloAdults = Weighted.Parse(
        "Robert:8|David:8|John:10|Michael:8|Billy:3|Jimmy:3|Randy:3|Travis:3|Shane:3|Mark:5|Steven:5|Richard:4");

    private static readonly Weighted<string> AngloWomen = Weighted.Parse(
        "Jennifer:8|Amanda:6|Melissa:6|Crystal:4|Tammy:3|Stephanie:5|Heather:5|Amber:4|April:3|Misty:2|Lisa:5|Angela:5");

    private static readonly Weighted<string> HaitianSurnames = Weighted.Parse(
        "Jean-Baptiste:14|Pierre:14|Joseph:13|Louis:10|Charles:9|Jean:12|Desir:5|Augustin:5|Étienne:4|François:5|" +
        "Saint-Fleur:3|Dorvil:3|Célestin:3|Noël:4|Toussaint:3|Alexis:4|Fils-Aimé:2|Exantus:2|Dieujuste:2|Dorélien:1|Métellus:1");

    private static readonly Weighted<string> HaitianBoys = Weighted.Parse(
        "Jean:8|Wilner:4|Jameson:4|Kervens:3|Wisly:3|Frantz:3|Reginald:3|Jean-Pierre:3|Stevenson:4|Mackenson:3|" +
        "Widchard:2|Peterson:3|Rood:2|Fritznel:1|Wolfgang:1|Junior:3|Davidson:3|Emmanuel:4|Ricardo:2");

    private static readonly Weighted<string> HaitianGirls = Weighted.Parse(
        "Widline:4|Nadège:3|Roseline:4|Fabiola:3|Lovely:3|Mirlande:3|Esther:4|Daphnée:2|Djenane:1|Wideline:2|" +
        "Nathalie:4|Guerline:2|Rose-Merline:1|Sherley:3|Stéphanie:3|Mia:2|Bethsaïda:1|Kettly:2");

    private static readonly Weighted<string> VietnameseSurnames = Weighted.Parse(
        "Nguyen:38|Tran:11|Le:9|Pham:7|Huynh:5|Hoang:4|Phan:4|Vu:4|Vo:4|Dang:2|Bui:2|Do:2|Ho:2|Ngo:2|Duong:1|Ly:1");

    private static readonly Weighted<string> VietnameseBoys = Weighted.Parse(
        "Minh:8|Khoa:5|Bao:5|Huy:6|Duc:5|Thanh:5|Tuan:6|Long:4|Phuc:4|Quang:3|Hieu:3|Nam:4|Vinh:3|Khang:2");

    private static readonly Weighted<string> VietnameseGirls = Weighted.Parse(
        "Linh:7|Anh:7|Thao:5|Ngoc:5|Trang:5|Mai:5|Vy:5|Hanh:4|Phuong:4|Lan:3|Huong:3|Nhi:4|Quynh:2|Tam:2");

    private static readonly Weighted<string> SomaliBoys = Weighted.Parse(
        "Mohamed:20|Abdirahman:8|Abdi:10|Ahmed:10|Hassan:8|Ali:8|Yusuf:6|Abdullahi:7|Omar:6|Ismail:5|Ibrahim:5|Mustafe:2|Abdiaziz:3");

    private static readonly Weighted<string> SomaliGirls = Weighted.Parse(
        "Hodan:6|Faadumo:6|Amina:8|Hawa:6|Ifrah:4|Sahra:5|Ayaan:5|Nasra:4|Khadra:4|Halima:5|Ubah:3|Ikran:3|Fartun:2");

    public static NamePool Mexican { get; } = new(NameOrigin.Mexican, SurnameRule.Double,
        HispanicBoys, HispanicGirls, HispanicMen, HispanicWomen, MexicanSurnames, 0.4);

    public static NamePool CentralAmerican { get; } = new(NameOrigin.CentralAmerican, SurnameRule.Double,
        HispanicBoys, HispanicGirls, HispanicMen, HispanicWomen, CentralAmericanSurnames, 0.45);

    public static NamePool GuatemalanMaya { get; } = new(NameOrigin.GuatemalanMaya, SurnameRule.Double,
        MayaBoys, MayaGirls, MayaBoys, MayaGirls, MayaSurnames, 0.25);

    public static NamePool PuertoRican { get; } = new(NameOrigin.PuertoRican, SurnameRule.Double,
        HispanicBoys, HispanicGirls, HispanicMen, HispanicWomen, MexicanSurnames, 0.45);

    public static NamePool Anglo { get; } = new(NameOrigin.Anglo, SurnameRule.Single,
        AngloBoys, AngloGirls, AngloAdults, AngloWomen, AngloSurnames, 0.8);

    public static NamePool Haitian { get; } = new(NameOrigin.Haitian, SurnameRule.Single,
        HaitianBoys, HaitianGirls, HaitianBoys, HaitianGirls, HaitianSurnames, 0.3);

    public static NamePool Vietnamese { get; } = new(NameOrigin.Vietnamese, SurnameRule.Single,
        VietnameseBoys, VietnameseGirls, VietnameseBoys, VietnameseGirls, VietnameseSurnames, 0.75);

    public static NamePool Somali { get; } = new(NameOrigin.Somali, SurnameRule.Patronymic,
        SomaliBoys, SomaliGirls, SomaliBoys, SomaliGirls, SomaliBoys, 1.0);

    /// <summary>The mix of traditions among migratory families: mostly Mexican, then Central American and others.</summary>
    public static Weighted<NamePool> Mix { get; } = Weighted.Of(
        (Mexican, 74), (CentralAmerican, 5), (GuatemalanMaya, 7), (PuertoRican, 2),
        (Anglo, 5), (Haitian, 3), (Vietnamese, 2), (Somali, 2));

    /// <summary>A Vietnamese middle name: Van for boys, Thi for girls (most of the time).</summary>
    public static string VietnameseMiddleName(bool female, SeededRandom random) =>
        random.Chance(0.8) ? (female ? "Thi" : "Van") : random.Pick(female ? ["Ngoc", "Kim", "Bich"] : (string[])["Duc", "Quoc", "Minh"]);
}
