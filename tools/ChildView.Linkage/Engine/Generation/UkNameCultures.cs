namespace ChildView.Linkage.Generation;

/// <summary>
/// The communities of an English county and their names, commonest first (ONS baby-name and surname
/// rankings for England and Wales, abridged). British households get a long tail of rarer surnames
/// after the ranked ones, so a surname is as rare as it is in a real county; the other communities'
/// short lists are deliberately crowded (Khan, Begum, Nguyễn), as they are in real records.
/// </summary>
public static class UkNameCultures
{
    public static NameCulture British { get; } = new(
        "british", 0.78,
        new RankedSampler<string>([.. BritishSurnames(), .. SyntheticSurnames.Generate(5000)], 0.75),
        new CohortNames(
            ["Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Claire", "Nicola", "Lisa", "Kelly", "Michelle", "Amy", "Rachel",
             "Jennifer", "Victoria", "Louise", "Samantha", "Hayley", "Stacey", "Kirsty", "Donna", "Joanne", "Helen", "Lindsey",
             "Natalie", "Jessica", "Danielle", "Charlotte", "Hannah", "Katie", "Jade", "Leanne", "Kerry", "Zoe", "Catherine",
             "Elizabeth", "Jane", "Amanda", "Tracey", "Karen", "Julie", "Angela", "Siobhan", "Lauren", "Sophie", "Stephanie",
             "Kimberley", "Carly", "Natasha", "Vicky", "Joanna", "Caroline", "Sharon", "Dawn", "Emily", "Chloe", "Alison",
             "Rachael", "Kate", "Anna", "Lucy"],
            ["Chloe", "Emily", "Megan", "Charlotte", "Jessica", "Lauren", "Sophie", "Olivia", "Hannah", "Lucy", "Georgia",
             "Rebecca", "Bethany", "Amy", "Ellie", "Katie", "Emma", "Abigail", "Molly", "Grace", "Courtney", "Shannon", "Caitlin",
             "Eleanor", "Jade", "Ella", "Leah", "Alice", "Holly", "Laura", "Anna", "Jasmine", "Amber", "Paige", "Natasha",
             "Danielle", "Zoe", "Amelia", "Mia", "Millie", "Aimee", "Nicole", "Kayleigh", "Chelsea", "Niamh", "Erin", "Freya",
             "Imogen", "Isabel", "Katherine", "Elizabeth", "Evie", "Phoebe", "Libby", "Summer"],
            ["Olivia", "Amelia", "Emily", "Isla", "Ava", "Jessica", "Isabella", "Lily", "Ella", "Mia", "Sophie", "Poppy", "Grace",
             "Evie", "Sophia", "Charlotte", "Ruby", "Freya", "Chloe", "Daisy", "Alice", "Sienna", "Phoebe", "Florence", "Millie",
             "Evelyn", "Matilda", "Harper", "Willow", "Rosie", "Ivy", "Elsie", "Scarlett", "Imogen", "Erin", "Holly", "Lucy",
             "Esme", "Eva", "Maisie", "Lola", "Layla", "Zara", "Hannah", "Ellie", "Darcey", "Summer", "Amelie", "Zoe", "Isabelle",
             "Molly", "Thea", "Martha", "Ellie-Mae", "Lexi", "Nevaeh"],
            ["Olivia", "Amelia", "Isla", "Lily", "Ava", "Freya", "Ivy", "Florence", "Willow", "Mia", "Isabella", "Sophia", "Rosie",
             "Elsie", "Evie", "Grace", "Daisy", "Sienna", "Poppy", "Evelyn", "Ella", "Charlotte", "Phoebe", "Harper", "Millie",
             "Matilda", "Emily", "Maya", "Sophie", "Alice", "Emilia", "Isabelle", "Ruby", "Luna", "Maisie", "Aria", "Penelope",
             "Mila", "Bonnie", "Eva", "Hallie", "Eliza", "Ada", "Violet", "Esme", "Arabella", "Imogen", "Delilah", "Hannah",
             "Margot", "Ottilie", "Orla", "Nancy", "Edith"]),
        new CohortNames(
            ["David", "Paul", "Mark", "Andrew", "James", "Richard", "Daniel", "Michael", "Christopher", "Matthew", "Stephen", "Lee",
             "Darren", "Craig", "Wayne", "Jason", "Gareth", "Simon", "Robert", "Jonathan", "Martin", "Thomas", "Adam", "Carl",
             "Dean", "Scott", "Neil", "Gary", "Kevin", "Anthony", "Ian", "Peter", "John", "Steven", "Ashley", "Ryan", "Jamie",
             "Ben", "Liam", "Sean", "Patrick", "Nathan", "Luke", "Philip", "Stuart", "Shaun", "Jonathon", "Kieran", "Alan",
             "Graham", "Jack", "Joseph", "Samuel", "William"],
            ["Jack", "Thomas", "Joshua", "James", "Daniel", "Harry", "Samuel", "Joseph", "Matthew", "Callum", "Luke", "William",
             "Lewis", "Oliver", "Ryan", "Benjamin", "George", "Liam", "Jordan", "Adam", "Alexander", "Jake", "Connor", "Cameron",
             "Nathan", "Kieran", "Ethan", "Charlie", "Jacob", "Tyler", "Bradley", "Reece", "Michael", "Dylan", "Brandon", "Aaron",
             "Kyle", "Alfie", "Owen", "Jamie", "Christopher", "Max", "Louis", "Harvey", "Ben", "Archie", "Finley", "Toby",
             "Elliot", "Sam", "Declan", "Rhys", "Morgan", "Jayden", "Kai"],
            ["Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo", "Archie", "Henry",
             "Joshua", "Thomas", "William", "Theo", "James", "Arthur", "Logan", "Ethan", "Isaac", "Max", "Lucas", "Mason", "Finley",
             "Alexander", "Samuel", "Daniel", "Dylan", "Riley", "Adam", "Harrison", "Joseph", "Edward", "Sebastian", "Luca",
             "Reggie", "Tommy", "Ronnie", "Albie", "Teddy", "Jayden", "Tyler", "Kai", "Toby", "Jenson", "Louie", "Ollie", "Elijah",
             "Frankie", "Rory", "Hugo", "Jaxon", "Callum"],
            ["Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie", "Theo", "Alfie", "Archie", "Charlie",
             "Henry", "Jack", "Finley", "Lucas", "Thomas", "Tommy", "Teddy", "Isaac", "Ethan", "Jacob", "Harry", "Albie", "Joshua",
             "Arlo", "Reggie", "Rory", "Edward", "Max", "Jude", "Hugo", "Ronnie", "Elijah", "Mason", "Louie", "Logan", "Jaxon",
             "Alexander", "Samuel", "Daniel", "Harrison", "Ezra", "Dylan", "William", "James", "Ollie", "Riley", "Toby", "Reuben",
             "Otis", "Roman", "Finn", "Jesse"]),
        MotherKeepsOwnSurname: 0.25, DoubleSurnameShare: 0.04);

    public static NameCulture SouthAsian { get; } = new(
        "south-asian", 0.09,
        new RankedSampler<string>(
            ["Khan", "Ali", "Ahmed", "Hussain", "Patel", "Begum", "Singh", "Kaur", "Shah", "Iqbal", "Mahmood", "Akhtar", "Rahman",
             "Islam", "Uddin", "Miah", "Chowdhury", "Bibi", "Malik", "Aziz", "Butt", "Mirza", "Sharma", "Kumar", "Gill", "Sandhu",
             "Qureshi", "Bashir", "Rashid", "Javed", "Mistry", "Parmar", "Sidhu", "Choudhury", "Hussein"], 0.8),
        new CohortNames(
            ["Aisha", "Fatima", "Maryam", "Zainab", "Hafsa", "Amira", "Khadija", "Aaliyah", "Inaya", "Hana", "Safa", "Eesha",
             "Anaya", "Sara", "Mariam", "Sana", "Ayesha", "Nazia", "Shazia", "Samina", "Rukhsana", "Nasreen", "Parveen", "Priya",
             "Simran", "Noor", "Alisha", "Iqra", "Aleena", "Zara", "Laiba"]),
        new CohortNames(
            ["Muhammad", "Mohammed", "Ibrahim", "Yusuf", "Ali", "Omar", "Adam", "Zain", "Ayaan", "Hamza", "Ismail", "Musa",
             "Abdullah", "Zakariya", "Ahmed", "Hassan", "Bilal", "Arjun", "Aarav", "Rayyan", "Haris", "Imran", "Asif", "Tariq",
             "Kamran", "Shahid", "Harpreet", "Gurpreet", "Rahul", "Sanjay", "Idris", "Ayan", "Zayn", "Saif", "Mohammad"]),
        MotherKeepsOwnSurname: 0.5, DoubleSurnameShare: 0);

    public static NameCulture EasternEuropean { get; } = new(
        "eastern-european", 0.05,
        new RankedSampler<string>(
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
             "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Jankowski", "Popescu", "Ionescu", "Popa", "Kazlauskas", "Petrov",
             "Horvath", "Kovács", "Novák", "Bērziņš", "Łukasiewicz", .. SyntheticSurnames.Polish(250)], 0.6),
        new CohortNames(
            ["Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Aleksandra", "Natalia", "Wiktoria", "Amelia",
             "Oliwia", "Agnieszka", "Katarzyna", "Joanna", "Anna", "Magdalena", "Ioana", "Maria", "Elena", "Sofia", "Weronika",
             "Gabriela", "Karolina"]),
        new CohortNames(
            ["Jakub", "Filip", "Aleksander", "Kacper", "Szymon", "Antoni", "Jan", "Mikołaj", "Wojciech", "Piotr", "Tomasz",
             "Krzysztof", "Marek", "Łukasz", "Mateusz", "Andrei", "Alexandru", "Luca", "David", "Matei", "Dominik", "Oskar",
             "Michał", "Paweł"]),
        MotherKeepsOwnSurname: 0.1, DoubleSurnameShare: 0);

    public static NameCulture African { get; } = new(
        "african", 0.05,
        new RankedSampler<string>(
            ["Okafor", "Adeyemi", "Mensah", "Osei", "Okonkwo", "Adebayo", "Oluwole", "Eze", "Nwosu", "Boateng", "Asante", "Owusu",
             "Ogunleye", "Balogun", "Abdi", "Mohamed", "Hassan", "Farah", "Warsame", "Yusuf", "Chukwu", "Ibrahim", "Oyelaran", .. SyntheticSurnames.WestAfrican(250)], 0.6),
        new CohortNames(
            ["Precious", "Blessing", "Grace", "Favour", "Esther", "Deborah", "Chidinma", "Adaeze", "Ngozi", "Funmilayo", "Amara",
             "Zainab", "Hodan", "Fadumo", "Ifeoma", "Temitope", "Abena", "Ama", "Mercy", "Faith", "Comfort", "Joy", "Nevaeh", "Ruth"]),
        new CohortNames(
            ["David", "Daniel", "Emmanuel", "Samuel", "Joshua", "Michael", "Chidi", "Oluwaseun", "Tobiloba", "Kwame", "Kofi",
             "Emeka", "Chinedu", "Ayodele", "Femi", "Tunde", "Abdirahman", "Mohamed", "Isaac", "Elijah", "Jayden", "Ezekiel",
             "Victor", "Godwin"]),
        MotherKeepsOwnSurname: 0.35, DoubleSurnameShare: 0);

    public static NameCulture EastAsian { get; } = new(
        "east-asian", 0.03,
        new RankedSampler<string>(
            ["Nguyễn", "Trần", "Lê", "Phạm", "Chen", "Wang", "Li", "Zhang", "Hoàng", "Liu", "Huang", "Wong", "Chan", "Vũ", "Lam",
             "Đặng", "Cheung", "Lin", "Yang"], 0.9),
        new CohortNames(
            ["Linh", "Lan", "Mai", "Thi", "Ngoc", "Anh", "Huong", "Trang", "Emily", "Chloe", "Grace", "Mei", "Xin", "Yan", "Jessica"]),
        new CohortNames(
            ["Minh", "Tuan", "Duc", "Huy", "Anh", "Nam", "Kevin", "Daniel", "Ryan", "Jason", "Wei", "Jun", "Hao", "Ethan", "Lucas"]),
        MotherKeepsOwnSurname: 0.6, DoubleSurnameShare: 0);

    public static IReadOnlyList<NameCulture> All { get; } = [British, SouthAsian, EasternEuropean, African, EastAsian];

    private static string[] BritishSurnames() =>
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson",
        "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
        "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
        "Richards", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
        "Rogers", "Gray", "Mason", "Hunt", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson",
        "Fletcher", "Walsh", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox",
        "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Dawson", "Ball",
        "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
        "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh",
        "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson",
        "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Dodd", "Bishop", "Bates", "McDonald",
        "MacDonald", "O'Connor", "O'Neill", "Doherty", "Brennan", "Lynch", "Quinn", "Byrne", "McLean", "MacLeod", "McKenzie",
        "Mackenzie", "McCarthy", "O'Sullivan", "McGregor", "McIntyre", "Sutton", "Jordan", "Hopkins", "Lamb", "Nash", "Hammond",
        "Hutchinson", "Whitehead", "Hardy", "Holt", "Briggs", "Chambers", "Poole", "Lucas", "Hodgson", "Kirby", "Lane", "Steele",
        "Brooke", "Randall", "Slater", "Hewitt", "Goodwin", "Sharp", "Norris", "Howells", "Bowen", "Pritchard", "Vaughan",
    ];
}
