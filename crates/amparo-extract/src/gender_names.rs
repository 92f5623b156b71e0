//! Given names that tell a person's gender where the ending does not ("Carmen", "Luis",
//! "Ilya"): see `genders`.

/// Given names of women that do not end in "a".
#[rustfmt::skip]
pub(crate) const WOMEN: &[&str] = &[
    "carmen", "gladys", "isabel", "raquel", "ines", "beatriz", "maribel", "mercedes", "dolores",
    "luz", "nelly", "yusmary", "marisol", "soledad", "rocio", "consuelo", "pilar", "rosario",
    "yamileth", "lisbeth", "elizabeth", "ruth", "esther", "abigail", "noemi", "nohemi", "yeni",
    "jenny", "betty", "doris", "iris", "zoe", "belen", "maryuri", "yarelis", "arelis", "yelitza",
    "deisy", "yusbelis", "mairelis", "yuleisi", "karen", "kelly", "ingrid", "astrid", "miriam",
    "amparo", "socorro", "lourdes", "milagros", "nieves", "yaneth", "janeth", "ivonne", "yvonne",
    "yasmin", "jasmin", "evelyn", "marilyn", "jacqueline", "nancy", "mary", "rosemary", "judith",
    "yudith", "edith", "anabel", "mabel", "liz", "flor", "aracelis", "aracely", "nathaly",
    "lisette", "yanet", "magaly", "sarah", "catherine", "katherine", "caroline", "rachel", "megan",
    "susan", "ellen", "helen", "jennifer", "alison", "allison", "margaret", "janet", "claire",
    "grace", "rose", "alice", "jane", "anne", "ann", "lucy", "emily", "hannah", "deborah", "judy",
    "carol", "nicole", "michelle", "danielle", "isabelle", "marie", "sophie", "chloe", "leah",
    "beth", "mariangel", "maryangel", "marianyel",
];

/// Given names ending in "a" or "o" that say neither ("Joshua", "Andrea", "Luca").
#[rustfmt::skip]
pub(crate) const EITHER: &[&str] = &[
    "joshua", "andrea", "luca", "nicola", "mattia", "elia",
];

/// Given names of men that do not end in "o", and men's that end in "a" ("Ilya Vorontsov").
#[rustfmt::skip]
pub(crate) const MEN: &[&str] = &[
    "ilya", "borja", "nikita", "luka", "mustafa", "hamza", "luis", "jose", "juan",
    "carlos", "daniel", "miguel", "angel", "gabriel", "rafael", "manuel", "jesus", "andres",
    "david", "victor", "oscar", "cesar", "hector", "ivan", "julian", "ruben", "elias", "tomas",
    "nicolas", "samuel", "ismael", "joel", "abel", "adrian", "alexis", "edgar", "wilmer", "yorman",
    "kelvin", "kevin", "jhon", "john", "wilson", "franklin", "nelson", "anderson", "johan",
    "jonathan", "jhonatan", "william", "richard", "freddy", "fredy", "henry", "enrique", "felipe",
    "jorge", "josue", "moises", "isaac", "saul", "raul", "simon", "leonel", "orlando", "omar",
    "yeferson", "jefferson", "brayan", "deivis", "darwin", "edwin", "elvis", "alfredo", "ernesto",
    "eduardo", "gustavo", "ricardo", "roberto", "alberto", "antonio", "ramon", "martin", "javier",
    "german", "fabian", "sebastian", "cristian", "christian", "esteban", "felix", "alexander",
    "yonathan", "jhonny", "maikel", "yender", "wuilmer", "duvan", "deiby", "nestor", "ezequiel",
    "israel", "misael", "emanuel", "enmanuel", "uriel", "norman", "roman", "marcos", "matias",
    "lucas", "tobias", "jonas", "dimas", "alex", "max", "vicente", "jaime", "dante", "hernan",
    "junior", "yoel", "noel", "ariel", "axel", "abraham", "jacob", "frank", "denis", "dennis",
    "gregory", "marvin", "eleazar", "baltazar", "gaspar", "ulises", "aquiles", "leon", "bernabe",
    "yohan", "jhoan", "erwin", "peter", "michael", "george", "thomas", "james", "paul", "mark",
    "stephen", "steven", "andrew", "matthew", "christopher", "brian", "patrick", "kenneth",
    "timothy", "edward", "wayne", "earl", "robert", "albert", "wilfred", "hugh", "ian", "neil",
    "sean", "adam", "benjamin", "joseph", "charles", "arthur", "walter", "douglas", "ronald",
    "alan", "allan",
];
