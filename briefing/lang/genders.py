"""Gender cues of English: titles, third-person pronouns and common given names.

Plain data for telling two people of one surname apart ("Maura Keane Halloran" and the
"President Halloran" of "Halloran said he ..."): a cue says "m" or "f"; most names and
titles say nothing, and nothing here guesses. The given names are common English ones
that the US name statistics give to one sex almost always (names given to both, such
as "Leslie", "Jean" or "Robin", are left out on purpose).
"""

from __future__ import annotations

# Titles written before a name, lower case without the full stop.
MALE_TITLES = frozenset({
    "mr", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman",
    "father", "brother", "uncle", "baron", "duke", "earl",
})  # fmt: skip
FEMALE_TITLES = frozenset({
    "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman",
    "chairwoman", "spokeswoman", "sister", "mother", "aunt", "madam", "duchess",
    "baroness", "countess",
})  # fmt: skip
# A person's relatives, as written after the person's name ("Tennick's father, John").
KIN_NOUNS = frozenset({
    "father", "mother", "son", "daughter", "wife", "husband", "widow", "widower",
    "brother", "sister", "grandfather", "grandmother", "grandson", "granddaughter",
    "uncle", "aunt", "nephew", "niece", "cousin",
})  # fmt: skip
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})

MALE_GIVEN_NAMES = frozenset({
    "aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "arthur",
    "benjamin", "bernard", "bill", "billy", "bob", "bobby", "boris", "brian", "bruce",
    "carl", "charles", "christopher", "craig", "daniel", "david", "dennis", "donald",
    "douglas", "edward", "eric", "eugene", "frank", "fred", "frederick", "gary", "george",
    "gerald", "gordon", "gregory", "harold", "harry", "henry", "howard", "jack", "jacob",
    "james", "jason", "jeffrey", "jerry", "jim", "jimmy", "joe", "john", "johnny",
    "jonathan", "joseph", "juan", "keith", "kenneth", "kevin", "larry", "lawrence",
    "louis", "mark", "martin", "matthew", "michael", "mike", "nicholas", "patrick",
    "paul", "peter", "philip", "phillip", "ralph", "raymond", "richard", "robert",
    "roger", "ronald", "roy", "russell", "samuel", "scott", "stephen", "steve", "steven",
    "thomas", "timothy", "tom", "walter", "wayne", "william", "willie", "vladimir",
})  # fmt: skip
FEMALE_GIVEN_NAMES = frozenset({
    "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betty",
    "beverly", "brenda", "carol", "carolyn", "catherine", "cheryl", "christina",
    "christine", "cynthia", "deborah", "debra", "denise", "diana", "diane", "donna",
    "doris", "dorothy", "elizabeth", "ellen", "emily", "evelyn", "frances", "gloria",
    "hannah", "heather", "helen", "hillary", "janet", "janice", "jennifer", "jessica",
    "joan", "joyce", "judith", "judy", "julia", "julie", "karen", "katherine", "kathleen",
    "kathryn", "kathy", "laura", "linda", "lisa", "lois", "madeleine", "margaret", "maria",
    "marie", "marilyn", "martha", "mary", "maureen", "melissa", "michelle", "monica",
    "nancy", "olga", "pamela", "patricia", "rachel", "rebecca", "rose", "ruth", "sandra",
    "sarah", "sharon", "shirley", "stephanie", "susan", "teresa", "theresa", "virginia",
    "wendy",
})  # fmt: skip
