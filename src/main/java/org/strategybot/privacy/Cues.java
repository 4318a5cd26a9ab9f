package org.strategybot.privacy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules weigh: what marks a child's or family's context, what marks a public official or a
 * member of staff, what makes a capitalised word an organisation or a place. Lower case throughout.
 */
final class Cues {

    private Cues() {
    }

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("twenty-one", 21), Map.entry("twenty-two", 22), Map.entry("twenty-three", 23),
            Map.entry("twenty-four", 24), Map.entry("twenty-five", 25));

    /** Relatives and carers, singular: "his mother", "the mother of", "her brother". */
    static final Set<String> FAMILY = words("mother", "mum", "mummy", "mam", "mom", "father", "dad", "daddy", "son",
            "daughter", "brother", "sister", "sibling", "siblings", "stepdad", "stepmum", "stepfather", "stepmother",
            "stepbrother", "stepsister", "half-brother", "half-sister", "nan", "nana", "nanny", "nanna", "gran", "granny",
            "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather", "grandparent", "grandparents", "aunt",
            "auntie", "aunty", "uncle", "cousin", "nephew", "niece", "twin", "twins", "boyfriend", "girlfriend", "carer",
            "carers", "guardian", "stepson", "stepdaughter", "boy", "girl", "lad", "lass", "kid");

    /** Words of a child's own case: what happens to one child, not a service. */
    static final Set<String> CASE_WORDS = words("placed", "fostered", "adopted", "excluded", "arrested", "remanded",
            "remand", "disclosed", "sgo", "cin", "cp", "lac", "cla", "uasc", "neet", "ehcp", "ehc", "pep", "camhs", "adhd",
            "autistic", "diagnosis", "diagnosed", "self-harm", "overdose", "custody", "sentenced", "charged", "bail",
            "pregnant", "missing", "nrm", "respite", "kinship", "placement", "absconded", "runaway", "suspended",
            "exclusion", "sectioned", "hospitalised", "yp", "cic", "assault", "assaulted", "offence", "offences",
            "convicted", "cautioned", "abused", "neglected", "injured", "injuries", "bruising", "beaten");

    /** Things a child has ("her review", "his school", "Noah's attendance"). */
    static final Set<String> POSSESSIONS = words("school", "nursery", "college", "class", "teacher", "review", "placement",
            "plan", "attendance", "exclusion", "home", "house", "room", "bedroom", "foster", "social", "iro", "ehcp", "ehc",
            "pep", "appointment", "diagnosis", "behaviour", "file", "referral", "assessment", "birthday", "passport", "court",
            "hearing", "trial", "contact", "key", "pa", "gp", "dentist", "health", "medication", "transport", "case",
            "caseworker", "support", "exclusions", "grades", "gcses", "results", "friends", "phone", "needs", "children", "kids",
            "baby", "parents", "family", "worker", "carer", "carers", "cp", "cin", "lac", "sgo", "move");

    /** Subjects that can be given an age: "she is 11", "the boy is ten", "kids are 3 and 5". */
    static final Set<String> CHILD_SUBJECTS = words("he", "she", "who", "boy", "girl", "child", "baby", "son", "daughter",
            "brother", "sister", "yp", "lad", "teenager", "kids", "twins", "siblings", "youngster", "toddler", "infant",
            "sibling", "cousin", "nephew", "niece", "pupil", "student", "learner", "person", "uasc", "mum", "dad",
            "eldest", "youngest", "oldest", "leaver", "lass");

    /** Roles and titles that make a name a public official or member of staff. */
    static final Set<String> ROLES = words("cllr", "councillor", "director", "head", "manager", "officer", "lead", "chair",
            "chairman", "chairwoman", "chairperson", "member", "consultant", "executive", "chief", "dr", "doctor",
            "professor", "prof", "minister", "mp", "headteacher", "headmaster", "headmistress", "principal", "commissioner",
            "inspector", "coordinator", "co-ordinator", "adviser", "advisor", "president", "secretary", "deputy",
            "assistant", "clerk", "colleague", "colleagues", "worker", "practitioner", "psychologist", "nurse", "therapist",
            "trainer", "solicitor", "barrister", "judge", "magistrate", "mayor", "leader", "governor", "trustee", "ceo",
            "dcs", "senco", "dsl", "supervisor", "analyst", "administrator", "team", "sir", "dame",
            "lord", "lady", "baroness", "rt", "hon", "portfolio", "designated", "safeguarding", "midwife", "paediatrician",
            "gp", "staff", "volunteer", "mentor", "champion", "ambassador", "apprentice", "newly", "nqsw", "asye", "ofsted",
            "hmi", "auditor", "chaired", "facilitator", "speaker");

    /** Verbs a named official or member of staff is the subject of, in minutes and progress notes. */
    static final Set<String> OFFICIAL_VERBS = words("presented", "chaired", "explained", "stated", "noted", "asked",
            "reported", "confirmed", "agreed", "thanked", "welcomed", "introduced", "led", "delivered", "drafted", "approved",
            "launched", "opened", "commented", "responded", "advised", "informed", "highlighted", "emphasised",
            "emphasized", "outlined", "proposed", "seconded", "summarised", "summarized", "queried", "raised", "recommended",
            "suggested", "praised", "acknowledged", "retired", "retires", "chairs", "presents", "leads", "wrote",
            "circulated", "shared", "signed", "facilitated", "ran", "runs", "hosted", "hosts", "trained", "recruited",
            "commissioned", "completed", "drafting", "leading", "chairing", "presenting", "joins", "joined", "resigned",
            "replied", "said", "added", "requested", "reminded", "assured", "offered", "clarified", "gave");

    /**
     * A capitalised word followed by one of these is an organisation, a building or a place ("Grace Academy",
     * "Rose Court", "Victoria Park"), not a person.
     */
    static final Set<String> ORGANISATIONS = words("board", "council", "hub", "service", "services", "team", "partnership",
            "panel", "group", "school", "schools", "academy", "trust", "centre", "center", "unit", "programme", "program",
            "committee", "forum", "network", "police", "nhs", "authority", "department", "office", "offices", "court",
            "agency", "borough", "college", "university", "directorate", "project", "plan", "strategy", "hospital",
            "practice", "surgery", "ofsted", "charity", "foundation", "association", "society", "club", "church", "house",
            "lodge", "hall", "library", "road", "street", "avenue", "lane", "close", "drive", "way", "park", "green",
            "place", "grove", "crescent", "gardens", "terrace", "square", "hill", "row", "view", "rise", "end", "estate",
            "village", "town", "city", "county", "primary", "secondary", "infant", "infants", "junior", "nursery", "campus",
            "building", "clinic", "community", "fund", "award", "awards", "review", "report", "framework", "model",
            "pledge", "covenant", "offer", "standard", "standards", "act", "line", "station", "cathedral", "chapel",
            "ward", "wood", "woods", "field", "fields", "farm", "manor", "court", "meadow", "meadows", "bridge",
            "institute", "federation", "consortium", "alliance", "commission", "fellowship", "scheme", "initiative",
            "pathway", "week", "day", "month", "year", "conference", "lecture", "prize", "medal", "cup", "festival",
            "mews", "walk", "quay", "wharf", "parade", "vale", "heath", "common", "brook", "lake", "river");

    /**
     * Gazetteer names that in this setting are almost always something else: months, seasons, RAG and
     * care words, titles and the ordinary words of a progress note. Taken for a name only with a
     * possessive and a family word ("April's mum").
     */
    static final Set<String> NOT_NAMES = words("amber", "may", "june", "april", "august", "autumn", "summer", "winter",
            "spring", "foster", "ward", "young", "king", "major", "prince", "princess", "queen", "royal", "so", "son", "boy",
            "lad", "nan", "nanny", "miss", "sen", "case", "page", "chance", "love", "star", "stars", "forest", "lane",
            "brook", "brooks", "bank", "grant", "charity", "trinity", "temple", "sterling", "sunday", "christian", "angel",
            "an", "in", "to", "are", "has", "said", "see", "soon", "just", "like", "many", "very", "even", "fine", "set",
            "take", "made", "done", "long", "lot", "per", "via", "till", "my", "ad", "age", "date", "job", "line",
            "numbers", "radio", "valid", "vital", "modest", "noble", "novel", "odd", "nine", "early", "help", "liberty",
            "harmony", "unity", "justice", "precious", "genesis", "phoenix", "oasis", "nova", "echo", "delta", "alpha",
            "beta", "omega", "sigma", "lead", "link", "bridge", "haven", "hope", "faith", "destiny", "merit", "mercy",
            "patience", "prudence", "constant", "earnest", "frank", "rich", "art", "bill", "will", "mark", "guy", "dean",
            "major", "marine", "sage", "scout", "sky", "storm", "sun", "moon", "ocean", "river", "summit", "era", "gala",
            "garland", "golden", "glory", "noel", "urban", "van", "via", "west", "north", "south", "east", "green", "red",
            "blue", "white", "black", "brown", "gray", "grey", "young", "old", "new", "care", "child", "baby", "kid",
            "kids", "tiny", "junior", "senior", "cherry", "misty", "sandy", "rusty", "dusty", "sunny", "windy", "rainy",
            "lucky", "happy", "merry", "jolly", "bonny", "candy", "honey", "sugar", "crystal", "diamond", "jewel",
            "ivory", "ebony", "china", "jersey", "holland", "florence", "paris", "sydney", "georgia", "virginia",
            "carolina", "israel", "jordan", "chelsea", "lincoln", "chester", "preston", "bradford", "milton", "warwick",
            "kent", "devon", "reading", "york", "derby", "stirling", "orlando", "dallas", "austin", "houston", "denver",
            "phase", "stage", "tier", "level", "step", "key", "total", "status", "none", "other", "all", "yes", "no");

    /** Groups a count of which can point to a child or family when small. */
    static final Set<String> GROUPS = words("child", "children", "kid", "kids", "family", "families", "household",
            "households", "pupil", "pupils", "baby", "babies", "infant",
            "infants", "toddler", "toddlers", "sibling", "siblings", "twins", "teenager", "teenagers", "teens", "boy",
            "boys", "girl", "girls", "son", "sons", "daughter", "daughters", "uasc", "cla", "cic", "lac", "cyp", "yp",
            "parent", "parents", "mother", "mothers", "mum", "mums", "father", "fathers", "dad", "dads", "youngster",
            "youngsters", "minors", "adolescents", "adoptee", "adoptees", "orphan", "orphans", "leaver", "leavers", "carer", "carers", "person",
            "people");

    /** These two take a word before them to be a group: "young people", "care leavers", "young carers". */
    static final Map<String, Set<String>> GROUP_NEEDS = Map.of("person", Set.of("young"), "people", Set.of("young"),
            "leaver", Set.of("care"), "leavers", Set.of("care"), "carer", Set.of("young"), "carers", Set.of("young"));

    /** A group word followed by one of these names a thing, not the group: "family hubs", "children's homes". */
    static final Set<String> THINGS = words("hub", "hubs", "centre", "centres", "center", "centers", "home", "homes",
            "service", "services", "worker", "workers", "practitioner", "practitioners", "team", "teams", "session",
            "sessions", "court", "courts", "conference", "conferences", "group", "groups", "network", "networks", "panel",
            "panels", "partnership", "partnerships", "support", "social", "workforce", "staff", "posts", "post", "board",
            "boards", "strategy", "strategies", "policy", "policies", "assessment", "assessments", "plan", "plans",
            "scheme", "schemes", "programme", "programmes", "nurse", "nurses", "officer", "officers", "advocate",
            "advocates", "advisers", "adviser", "coordinator", "coordinators", "forum", "forums", "council", "councils",
            "charter", "pledge", "offer", "directorate", "department", "unit", "units", "commissioner", "act",
            "festival", "event", "events", "days", "day", "week", "month");

    /** Nouns for everyone in a group: "young people aged 16", "children aged 3 and 4". */
    static final Set<String> COHORTS = words("children", "people", "pupils", "practitioners", "staff", "workers",
            "learners", "adults", "those", "anyone", "everyone", "students", "leavers", "families", "parents", "carers",
            "residents", "adolescents", "teenagers", "youngsters", "babies", "infants", "toddlers", "boys", "girls",
            "applicants", "participants", "members", "recruits", "graduates", "apprentices", "colleagues", "women", "men",
            "persons", "individuals", "cohort", "cohorts", "groups", "group", "services", "service", "provision",
            "support", "offer", "settings", "schools", "year", "years", "band", "bands", "range");

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static boolean role(String lower) {
        return ROLES.contains(lower);
    }

    /** The number a token stands for (digits up to three, or a number word), or -1. */
    static int number(Text.Token t) {
        if (t == null) {
            return -1;
        }
        if (t.type() == Text.Type.NUMBER && t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t.text());
        }
        return t.word() ? NUMBER_WORDS.getOrDefault(t.lower(), -1) : -1;
    }
}
