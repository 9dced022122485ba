"""Attribution rows for patterns met in the eighth blind round (wire and regional news; our own sentences)."""
import pytest
from helpers import served_speakers

from seeds.evaluate import predict


speakers = served_speakers


ROWS = [
    # 'she' never goes to a man named nearer than the woman the paragraph is about
    ("Some of Maria Lopez's claims changed over the years.\n\nShe first said she met Robert Kane in 2001.\n\n"
     "In 2010, she withdrew her case against Kane, saying she \"may have been wrong\" about the date.",
     "may have been wrong", ["Maria Lopez"]),
    # two relatives sharing a surname stay two people
    ("Marlon Wayans and Keenen Ivory Wayans were honoured. Keenen Ivory Wayans said, \"We did it together.\" "
     "\"He taught us everything,\" Marlon Wayans said.", "He taught us everything,", ["Marlon Wayans"]),
    # a three-part name after a title chain keeps its given name
    ("“The motion is denied,” U.S. Magistrate Judge Helena Marsh Tolliver wrote.", "The motion is denied,",
     ["Helena Marsh Tolliver"]),
    # a kunya-style name is kept whole, and a different man sharing its last word stays apart
    ("“We will not yield,” said Abu Karim Al Nouri. “The talks failed,” said Yusuf Abu Nouri.", "The talks failed,",
     ["Yusuf Abu Nouri"]),
    # a possessive description, then the name, both between commas before the cue: the name speaks
    ("“A generous host,” Roe’s business partner in both Ohio and New Jersey, Albert Fry, said in 2004.",
     "A generous host,", ["Albert Fry"]),
    # 'the N-year-old' is the person the story was following
    ("Nadia Petrov fought back to win in three sets.\n\n“It was a hard day,” said the 29-year-old.",
     "It was a hard day,", ["Nadia Petrov"]),
    # a leading 'After X ...,' clause does not hold the person a later 'she' means
    ("After Lily Stone lost on Monday, it was Rosa Vance who won on Tuesday.\n\n“I felt good,” she said.",
     "I felt good,", ["Rosa Vance"]),
    # 'the bank' goes to the firm a lower-case descriptor introduced, even when its name looks like a person's
    ("According to analysts at the investment banking group Barrow Finch, prices will rise.\n\n“Supply is tight,” the bank "
     "said in a note.", "Supply is tight,", ["Barrow Finch"]),
    # a name after an earlier 'she' in its sentence is not who a later 'she' means; the earlier 'she' is
    ("Nora Quill was a shy child. A magazine reported she adored Etta James. So when she enrolled in the school, "
     "she recalled saying “pardon? pardon?” all the time.", "pardon? pardon?", ["Nora Quill"]),
    # a clause is never served as a speaker's name
    ("Her diary entry gives thanks to her aunt, and she wrote: “Life is short, so dance.”",
     "Life is short, so dance.", []),
    # a participial phrase after the opening phrase is not the subject; the name after it is
    ("At an emergency session on the flooding, called at the request of Norway, Minister Petra Lind rejected the "
     "claims, calling them a “cheap stunt” and promising an inquiry.", "cheap stunt", ["Petra Lind"]),
    # 'compared X to "..."' is the subject's characterisation; a capitalised role 'Director of ...' is a description
    ("Ivo Marsh, Head of the Market Abuse Unit, Tellar, compared the scheme to “a pyramid built on sand.”",
     "a pyramid built on sand.", ["Ivo Marsh"]),
    # an uncued first-person quote paragraph right after a paragraph about a named person: that person
    ("Ada Brill won easily on Court 4, beating a qualifier in straight sets.\n\n“I felt at home out there, and my "
     "serve worked.”", "I felt at home out there, and my serve worked.", ["Ada Brill"]),
    # military ranks neither end the sentence nor cut the name; 'had said' is a cue
    ("“We hold the ridge,” army spokesperson Lt. Gen. Omar Faiz Qureshi had said. Maj. Lena Roth agreed.",
     "We hold the ridge,", ["Omar Faiz Qureshi"]),
    # 'His remarks that "..."': the owner of the remarks
    ("General Idris Kamal spoke to cadets on Monday. His remarks that “rumours travel faster than bullets” drew "
     "criticism.", "rumours travel faster than bullets", ["Idris Kamal"]),
    # a 'which' clause with a cue: the organisation it hangs on speaks
    ("Lena Park leads the Harbour Renewal Trust in Leith, which says on its website that it wants to “bring the "
     "docks back to life.”", "bring the docks back to life.", ["Harbour Renewal Trust"]),
    ("Critics pointed to ads from Varga’s Civic Unity party, which tried to win votes by saying that rivals were "
     "“selling the country.”", "selling the country.", ["Civic Unity party"]),
    # an uncued quote paragraph after a paragraph reporting what a named person lamented: that person
    ("Omar Nassif, 61, told the paper that the vote was rushed.\n\nHe lamented that residents were never asked.\n\n"
     "“This decision belongs to the whole town, not to a few officials.”",
     "This decision belongs to the whole town, not to a few officials.", ["Omar Nassif"]),
    # a quote ending mid-sentence before a bare plural subject and its cue
    ("That, with the long winter and \"the cost of heating the old hall, were the main reasons for closing,\" "
     "council officials wrote in a memo.", "the cost of heating the old hall, were the main reasons for closing,",
     ["council officials"]),
    # 'reads' is a cue when a tweet or statement reads; its author speaks
    ("The magazine covered the show.\n\nThe tweet from Drama Weekly reads, “Boston show halted by angry fan.”",
     "Boston show halted by angry fan.", ["Drama Weekly"]),
    # the paragraph before reports what 'he' defended: an uncued first-person quote continues him
    ("“We listen to everyone,” Governor Alan Pryce said.\n\nThe governor also admitted that the roads need work. "
     "However, he defended the budget.\n\n“Well, we cannot fix everything at once. But we will try.”",
     "Well, we cannot fix everything at once. But we will try.", ["Alan Pryce"]),
    # 'according to X' set off by dashes; a document 'of' something is named whole
    ("There would be a code including — according to the explanatory notes of the Draft Bill — “provision to "
     "protect the public interest in sources.”", "provision to protect the public interest in sources.",
     ["the explanatory notes of the Draft Bill"]),
    # 'with some analysts suggesting that ... "..."': the unnamed plural speaks
    ("The move drew concern, with some analysts suggesting that the agency is running \"biased online monitoring\" "
     "across the region.", "biased online monitoring", ["some analysts"]),
    # 'The story portrayed him as "..."': the story (a document) is served with its article, not cut to 'story'
    ("A weekly magazine ran a profile of the financier. The story portrayed him as a \"quiet genius of the markets,\" "
     "who rarely spoke.", "quiet genius of the markets,", ["The story"]),
    # names after an earlier 'she'/'her' in their sentence (not a main subject after a comma) are not 'she'
    ("Nadia Rahman joined the school in 1978. By the time she left, its best-known pupil was Clara Voss, with "
     "Emma Hart close behind. Her notebook thanks her sister Maya for the help.\n\nShe wrote: “Nobody "
     "believed me, but I knew.”", "Nobody believed me, but I knew.", ["Nadia Rahman"]),
    # two paired nationality adjectives before a plural body are one group
    ("In a joint note, the Danish and Finnish health ministries said the outbreak was “under control.”",
     "under control.", ["Danish and Finnish health ministries"]),
    # '"...," the description on the website reads': the written source speaks
    ("We visited the shop's page. “A family bakery founded in 1952, baking every night,” the description on the "
     "website reads.", "A family bakery founded in 1952, baking every night,", ["the description on the website"]),
    # a rank opening the name ('Airman', 'Corporal') goes to the description, not the name
    ("Corporal Denis Halloran, who drove the lead truck, told reporters: \"The bridge was already gone.\"",
     "The bridge was already gone.", ["Denis Halloran"]),
    # 'pleaded' is a cue: the name before '<possessive> <relation>' speaks, not the person 'his' points to
    ("The pilot, Marco Bell, flew for 20 years. “Come home, Dad,” Lucia Bell, his 19-year-old daughter, pleaded "
     "online.", "Come home, Dad,", ["Lucia Bell"]),
    # '"...," <description of a place in the quote>, said X': the inverted name after the cue speaks
    ("The crew landed in Kobi. “The roads will open soon,” the town with the only bridge over the river, said "
     "Tomas Reyes.", "The roads will open soon,", ["Tomas Reyes"]),
]


@pytest.mark.parametrize("raw, quote, expected", ROWS)
def test_round8_attribution(raw, quote, expected):
    got = speakers(raw)
    assert got.get(quote) == expected, got


def spans(raw):
    _, quotes, _ = predict(raw)
    return {q.text: q.is_speech for q in quotes}


@pytest.mark.parametrize("raw, span", [
    ("The coach raised an eyebrow as if to say “Are you serious?” and walked away.", "Are you serious?"),
    ("A sign on the shop door reads “Closed for good, thanks for everything.”", "Closed for good, thanks for everything."),
    ("The ministry confirmed it was upgrading its “network filter system” to cope with threats.", "network filter system"),
    ("The study hinted the city might no longer be the “talent magnet” it believes it is.", "talent magnet"),
    ("New banners went up on Monday: “Fresh bread, fair prices, every day,” reads one.", "Fresh bread, fair prices, every day,"),
    ("The blog will soon be labelling “junk science” alongside two other sites.", "junk science"),
    ("Her best subject is “Maths,” and as to her “Pet Hate,” she wrote: “Mondays, obviously, every week.”", "Pet Hate,"),
])
def test_round8_not_speech(raw, span):
    assert spans(raw).get(span) is False
