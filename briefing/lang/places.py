"""Places that are not actors: US states and their abbreviations, capitals that stand
for their country ("Moscow said"), and the nouns that describe a place or a thing
("a small town", "the airport", "a nerve agent") rather than a party to the story.

Plain data, read by the key-actors step; nothing here looks at text by itself.
"""

from __future__ import annotations

import re

US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "west virginia", "wisconsin", "wyoming",
}  # fmt: skip
# Postal codes and the AP style abbreviations of the states ("S.D.", "Calif."), as keys
# (lower case, no dots): a country lookup must never see them ("SD" is not Sudan).
US_STATE_ABBREVIATIONS = {
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
    "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
    "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
    "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "ind", "kan",
    "kans", "mass", "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "penn",
    "tenn", "wash", "wis", "wyo",
}  # fmt: skip
# A US state's name by how a dateline writes it after the city ("TRENTON, N.J.",
# "AUSTIN, Texas"): key in lower case without dots or spaces (AP style and postal codes).
US_STATE_NAMES = {
    **{name.replace(" ", ""): name.title() for name in US_STATES},
    "ala": "Alabama", "al": "Alabama", "ak": "Alaska", "ariz": "Arizona", "az": "Arizona",
    "ark": "Arkansas", "ar": "Arkansas", "calif": "California", "ca": "California",
    "colo": "Colorado", "co": "Colorado", "conn": "Connecticut", "ct": "Connecticut",
    "del": "Delaware", "de": "Delaware", "fla": "Florida", "fl": "Florida", "ga": "Georgia",
    "hi": "Hawaii", "id": "Idaho", "ill": "Illinois", "il": "Illinois", "ind": "Indiana",
    "in": "Indiana", "ia": "Iowa", "kan": "Kansas", "kans": "Kansas", "ks": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "me": "Maine", "md": "Maryland",
    "mass": "Massachusetts", "ma": "Massachusetts", "mich": "Michigan", "mi": "Michigan",
    "minn": "Minnesota", "mn": "Minnesota", "miss": "Mississippi", "ms": "Mississippi",
    "mo": "Missouri", "mont": "Montana", "mt": "Montana", "neb": "Nebraska", "ne": "Nebraska",
    "nev": "Nevada", "nv": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota",
    "oh": "Ohio", "okla": "Oklahoma", "ok": "Oklahoma", "ore": "Oregon", "or": "Oregon",
    "pa": "Pennsylvania", "penn": "Pennsylvania", "ri": "Rhode Island",
    "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "tn": "Tennessee",
    "tx": "Texas", "ut": "Utah", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "wa": "Washington", "wva": "West Virginia", "wv": "West Virginia", "wis": "Wisconsin",
    "wi": "Wisconsin", "wyo": "Wyoming", "wy": "Wyoming",
}  # fmt: skip
# Seats of power written for the state they stand for (metonymy): never a second actor
# next to the country; merged into it when the country is in the story, else dropped.
METONYMS = {
    "washington": "United States",
    "white house": "United States",
    "moscow": "Russia",
    "kremlin": "Russia",
    "beijing": "China",
    "peking": "China",
    "havana": "Cuba",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "paris": "France",
    "elysee": "France",
    "berlin": "Germany",
    "bonn": "Germany",
    "tokyo": "Japan",
    "tehran": "Iran",
    "baghdad": "Iraq",
    "damascus": "Syria",
    "cairo": "Egypt",
    "ankara": "Turkey",
    "khartoum": "Sudan",
    "tripoli": "Libya",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "taipei": "Taiwan",
    "new delhi": "India",
    "islamabad": "Pakistan",
    "kabul": "Afghanistan",
    "caracas": "Venezuela",
    "ottawa": "Canada",
    "mexico city": "Mexico",
    "brasilia": "Brazil",
    "buenos aires": "Argentina",
    "madrid": "Spain",
    "rome": "Italy",
    "athens": "Greece",
    "kiev": "Ukraine",
    "kyiv": "Ukraine",
    "warsaw": "Poland",
    "amman": "Jordan",
    "riyadh": "Saudi Arabia",
    "canberra": "Australia",
    "jakarta": "Indonesia",
    "manila": "Philippines",
    "hanoi": "Vietnam",
    "bangkok": "Thailand",
    "nairobi": "Kenya",
    "pretoria": "South Africa",
}
# Territories with a code of their own in ISO 3166-1 (so pycountry lists them) that are
# no sovereign state: a city or region of another ("Hong Kong", "Puerto Rico"), never
# typed as a country. Keys as ``normalise_name`` writes them.
TERRITORIES = frozenset({
    "hong kong", "hong kong sar", "macau", "macao", "puerto rico", "guam",
    "american samoa", "northern mariana islands", "us virgin islands",
    "virgin islands", "british virgin islands", "greenland", "faroe islands",
    "bermuda", "gibraltar", "cayman islands", "anguilla", "montserrat",
    "turks and caicos islands", "falkland islands", "saint helena", "pitcairn",
    "aruba", "curacao", "sint maarten", "bonaire", "new caledonia",
    "french polynesia", "reunion", "martinique", "guadeloupe", "french guiana",
    "mayotte", "saint pierre and miquelon", "wallis and futuna", "saint barthelemy",
    "saint martin", "isle of man", "jersey", "guernsey", "aland islands",
    "christmas island", "cocos islands", "norfolk island", "cook islands", "niue",
    "tokelau", "svalbard", "western sahara",
})  # fmt: skip
# The last word of a name that makes it a place or a structure ("John F. Kennedy
# International Airport", "Tiananmen Square", "Andrews Air Force Base").
PLACE_HEAD_WORDS = {
    "airport", "square", "street", "avenue", "road", "highway", "island", "islands",
    "bay", "river", "lake", "mountain", "mountains", "valley", "beach", "park", "county",
    "province", "district", "city", "village", "town", "strait", "straits", "sea",
    "ocean", "gulf", "peninsula", "heights", "bridge", "tower", "cathedral",
    "mosque", "temple", "palace", "stadium", "dome", "station", "harbor", "harbour",
    "port", "coast", "region", "desert", "canal", "reservation", "reservations",
    "complex", "plant", "factory", "depot", "base", "facility", "refinery", "prison",
}  # fmt: skip
# Prepositions the entity model runs into the name after them when they open a sentence,
# whatever part of speech it gives them (DUC 2004 d30031t: "Aboard" and a shuttle's name,
# a person at rank 1 of the key actors). No party's name starts with one.
LEADING_PREPOSITIONS = frozenset({"aboard", "across", "near", "throughout"})
# Administrative areas a one-word name is written before in lower case ("the Lorvik
# province", "Tamsa district"): the name is the area's, never a person's (D0623E, check
# set: a province typed as a person and shown among the key actors by 3e55b81 + session 23).
ADMIN_AREA_NOUNS = frozenset({
    "province", "district", "county", "region", "prefecture", "municipality", "township",
    "oblast",
})  # fmt: skip
# Nouns a place's name modifies: "the Harnby facility", "the Harnby incinerator".
SITE_NOUNS = frozenset(PLACE_HEAD_WORDS | {"incinerator", "site", "area", "mine", "camp"})
# Nouns of an agreement or a meeting that a place's name often names ("the Dayton
# accords", "the Oslo peace talks", "the Kyoto protocol"): the name is where it was made.
ACCORD_NOUNS = frozenset({
    "accord", "accords", "agreement", "agreements", "treaty", "pact", "protocol",
    "talks", "summit", "conference", "convention", "declaration", "process",
})  # fmt: skip
# Head nouns of a description that make the described name a place or a thing, not a
# party ("Bramford, a small town", "Tabex, a deadly nerve agent", "the Skylark, a jet").
PLACE_NOUNS = {
    "town", "city", "village", "suburb", "settlement", "airport", "airfield", "region",
    "province", "district", "county", "island", "neighborhood", "neighbourhood",
    "capital", "port", "municipality", "enclave", "camp", "territory", "resort",
}  # fmt: skip
THING_NOUNS = {
    "chemical", "compound", "gas", "substance", "ingredient", "precursor", "plane",
    "aircraft", "airliner", "jet", "jetliner", "flight", "drug", "medicine", "weapon",
    "missile", "ship", "vessel", "submarine", "boat", "product", "model", "vaccine",
    "virus", "disease", "software", "device", "vehicle", "car", "book", "film", "movie",
    "program", "programme", "treaty", "agreement", "law", "bill", "magazine",
    "newspaper", "hurricane", "storm", "project", "inhibitor", "painkiller", "pill",
    "publication", "newsletter", "phenomenon",
}  # fmt: skip
THING_PHRASES = {"nerve agent", "chemical agent", "nerve gas"}
# Words after the head noun of a description that say where the thing is ("a wetlands
# project downstream from the plant", "a town north of the capital"): the noun phrase
# ends before them.
WHERE_WORDS = frozenset({
    "downstream", "upstream", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "near", "outside", "off", "along", "beside", "across",
})  # fmt: skip
# A flight, not the airline: "Skyline Flight 412", "Flight 2207", "TWA Flight".
FLIGHT_RE = re.compile(r"\bflight\b")
# Prefixes of a ship's name ("USS Cole", "HMS Sheffield", "the MV Sea Breeze"), as
# ``normalise_name`` writes them: a vessel, never a body or a person (issue 11: a vessel
# typed as an organisation is among the held-out wrong kinds).
VESSEL_PREFIXES = frozenset({"uss", "usns", "uscgc", "hms", "hmcs", "hmas", "hmnzs", "rms", "mv"})
# Words in a name that make it an organisation, never a person ("Parti Quebecois",
# "United Auto Workers union", "Peace Now movement").
ORGANISATION_WORDS = {
    "party", "parti", "union", "association", "federation", "league", "front",
    "movement", "institute", "foundation", "university", "college", "airlines",
    "airways", "airline", "bank", "company", "companies", "group", "society", "workers",
    "coalition", "alliance", "organization", "organisation", "club", "network",
    "associates", "partners", "holdings", "industries", "tribe",
}  # fmt: skip
# Last words of the names of advocacy groups and campaigns ("Harbor Watch", "Clean Water
# Project", "Fair Pay Campaign"), never of a person's name; the model often labels such a
# two-word name a person (DUC 2004 d30022t: a group typed a person at rank 17).
BODY_NAME_LAST_WORDS = frozenset({
    "watch", "project", "campaign", "initiative", "forum", "fund", "caucus",
})  # fmt: skip
# Last words of the name of a survey ("the Harbor Gazette Poll"): its findings, whoever
# ran it, never a party of the story (DUC 2004 d30046t: a newspaper's poll at rank 15).
FINDING_NAME_LAST_WORDS = frozenset({"poll", "survey"})
# Head nouns of a description that says what a body, a country or a people is
# ("a Chinese telecommunications giant", "a regional airline", "the upper chamber"),
# besides ORGANISATION_WORDS and government words. A copular or appositive phrase
# headed by another noun is something said about the actor, not its role ("a thorn in
# the mayor's side", "a sign of the times", "the envy of its rivals").
BODY_DESCRIPTION_HEADS = frozenset({
    "body", "agency", "firm", "business", "corporation", "conglomerate", "giant",
    "subsidiary", "division", "unit", "arm", "affiliate", "branch", "parent", "chain",
    "carrier", "charity", "nonprofit", "institution", "organisation", "organization",
    "watchdog", "consortium", "startup", "cartel", "lobby", "group", "team", "faction",
    "wing", "militia", "force", "center", "centre", "laboratory", "lab", "school",
    "academy", "hospital", "clinic", "church", "order", "sect", "cult", "panel",
    "chamber", "house", "court", "nation", "country", "state", "republic", "kingdom",
    "power", "superpower", "democracy", "economy", "monarchy", "regime", "people",
    "minority", "majority", "community", "population", "successor", "predecessor",
    "member", "founder", "sponsor", "backer", "advocate", "rival", "tank",
    "outfit", "operation", "venture", "enterprise", "utility", "monopoly", "exchange",
    "fund", "trust", "campaign", "initiative", "project",
})  # fmt: skip
# Endings of agent nouns that say what a body does ("chipmaker", "service provider",
# "a ferry operator", "a grain exporter").
BODY_AGENT_ENDINGS = (
    "maker", "provider", "producer", "operator", "manufacturer", "supplier", "carrier",
    "retailer", "publisher", "developer", "distributor", "lender", "insurer", "builder",
    "regulator", "broker", "investor", "exporter", "importer", "employer", "seller",
    "buyer", "owner", "donor", "contractor", "grower", "processor", "shipper", "dealer",
    "broadcaster", "vendor", "designer", "organizer", "organiser", "sponsor",
)  # fmt: skip
# Words that make a name a place of study or research, which the coverage mostly names
# as someone's affiliation ("a professor at Harwick State University").
ACADEMIC_WORDS = {"university", "college", "institute", "school", "polytechnic"}
# Prepositions that give someone's affiliation: "a scientist at MIT", "Smith of Harvard".
AFFILIATION_PREPOSITIONS = {"at", "of", "from"}
# First words of a place's name: a natural place ("River Murray", "Lake Geneva", "Mount
# Hood") or a walled one named British-style, its kind first ("Her Majesty's Prison
# Ardley", "Camp Harlow"): a place, not a body that acts (check story D0611B: a prison
# typed as a person, rank 13).
PLACE_FIRST_WORDS = {"river", "lake", "mount", "mt", "cape", "prison", "camp"}
# Buildings and streets that stand for a body the story names otherwise ("Capitol Hill"
# for Congress, "Whitehall" for Britain's civil service, "Foggy Bottom" for the State
# Department): where the body sits, never an actor beside or instead of it (issue 11:
# "a building standing for an institution" among the held-out wrong rows). Keys as
# ``normalise_name`` writes them. Not the Pentagon, the Kremlin or the White House: their
# names are the body's own, or join its country (``METONYMS``).
SEAT_NAMES = frozenset({
    "capitol hill", "capitol", "whitehall", "foggy bottom", "quai d'orsay", "zhongnanhai",
    "number 10", "no 10",
})  # fmt: skip
# First words of a district named after its city ("Little Havana", "Greater London").
PLACE_PREFIXES = {"little", "greater", "old", "east", "west", "north", "south", "downtown"}
# Words that tie a body's name to its country ("Bank of America", "Telefonos de Mexico").
PLACE_LINKS = frozenset({"of", "de", "del", "do", "da", "du"})
# A US legislator's party letter right before his home town or state: "Rep. Ann Lee,
# R-Lorvik", "(D-Va.)"; the name after it is a place.
HOME_AFTER_PARTY_RE = re.compile(r"\b[RDI]-$")
# Prepositions whose object is where something happens, is or goes ("in China", "flew
# to Cuba", "outside Paris"): a place named as the setting, not a party acting.
PLACE_PREPOSITIONS = frozenset({
    "in", "at", "to", "from", "across", "throughout", "inside", "within", "into", "near",
    "around", "outside", "through", "toward", "towards",
})  # fmt: skip
# Head nouns of a meeting's name ("Republican National Convention", "Earth Summit"): an
# occasion, when and where things happen, unless the name acts as a body would.
MEETING_NOUNS = frozenset({
    "conference", "convention", "summit", "meeting", "forum", "symposium", "games",
    "olympics", "olympiad", "festival", "expo", "workshop", "seminar", "session",
})  # fmt: skip
# Prepositions that make a name when something happens ("during the summit").
TIME_PREPOSITIONS = frozenset({
    "during", "before", "after", "since", "until", "till", "ahead", "throughout", "for",
})  # fmt: skip
# Verbs a meeting is the subject of ("the convention opened") or the object of ("attend
# the summit", "the forum was held").
MEETING_SUBJECT_LEMMAS = frozenset({
    "open", "close", "begin", "end", "start", "convene", "adjourn", "conclude", "wrap",
})  # fmt: skip
MEETING_OBJECT_LEMMAS = frozenset({
    "attend", "hold", "host", "address", "boycott", "skip", "organize", "organise",
    "open", "close", "cover", "stage",
})  # fmt: skip
