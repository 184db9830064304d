namespace ChildView.SyntheticCounty;

/// <summary>Common given names and surnames in England and Wales, weighted by rank (earlier is commoner).</summary>
internal static class Names
{
    public static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia", "Isabella",
        "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia", "Evie", "Charlotte", "Harper",
        "Millie", "Matilda", "Maya", "Sophie", "Alice", "Emilia", "Isabelle", "Ruby", "Luna", "Maisie", "Aria", "Penelope", "Mila",
        "Bonnie", "Eva", "Hallie", "Eliza", "Ada", "Violet", "Esme", "Arabella", "Imogen", "Jessica", "Delilah", "Hannah", "Chloe",
        "Zara", "Aisha", "Amira", "Fatima", "Maryam", "Nevaeh", "Layla", "Lucy",
    ];

    public static readonly string[] Boys =
    [
        "Noah", "Muhammad", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie", "Theo", "Alfie", "Archie", "Charlie",
        "Henry", "Jack", "Finley", "Lucas", "Thomas", "Tommy", "Teddy", "Isaac", "Ethan", "Jacob", "Harry", "Albie", "Joshua",
        "Arlo", "Reggie", "Rory", "Edward", "Max", "Jude", "Hugo", "Ronnie", "Elijah", "Mason", "Louie", "Logan", "Jaxon", "Alexander",
        "Samuel", "Daniel", "Harrison", "Ezra", "Dylan", "William", "James", "Ollie", "Riley", "Toby", "Reuben", "Ibrahim", "Yusuf",
        "Adam", "Kai", "Zachary", "Jayden", "Callum", "Kian", "Tyler",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
        "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
        "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
        "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
        "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
        "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen",
        "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
        "Murray", "Dixon", "Harvey", "Okafor", "Nowak", "Kowalski", "Ahmed", "Hart", "Brennan",
    ];

    public static readonly string[] Streets =
    [
        "Church Street", "High Street", "Station Road", "Mill Lane", "Park Road", "Victoria Road", "Green Lane", "Manor Road",
        "Chapel Street", "The Crescent", "Queen Street", "King Street", "New Road", "School Lane", "Derby Road", "Nottingham Road",
        "Chesterfield Road", "Ashbourne Road", "Matlock Road", "Bridge Street", "Albert Street", "Wellington Street", "Market Place",
        "Brook Street", "Hill Top", "Meadow View", "Oak Avenue", "Beech Drive", "Willow Close", "Holly Road",
    ];

    /// <summary>Towns with outward codes that really serve them.</summary>
    public static readonly (string Town, string[] Outward)[] Towns =
    [
        ("Derby", ["DE1", "DE21", "DE22", "DE23", "DE24"]), ("Chesterfield", ["S40", "S41", "S43"]), ("Matlock", ["DE4"]),
        ("Buxton", ["SK17"]), ("Glossop", ["SK13"]), ("Belper", ["DE56"]), ("Ilkeston", ["DE7"]), ("Long Eaton", ["NG10"]),
        ("Swadlincote", ["DE11"]), ("Ashbourne", ["DE6"]), ("Ripley", ["DE5"]), ("Alfreton", ["DE55"]), ("Bolsover", ["S44"]),
        ("Dronfield", ["S18"]), ("Heanor", ["DE75"]),
    ];
}
