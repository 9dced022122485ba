"""Attribution rows for patterns met in the tenth and eleventh rounds (US political news; our own sentences)."""
import pytest
from helpers import served_speakers

from seeds.evaluate import score_predictions

speakers = served_speakers


ROWS = [
    # 'X told Y "...," before noting "...": the participle after a subordinator belongs to X
    ("Ray Holt told the host that the leak was “very troubling,” before noting that Ann Lee is “a decent person.”",
     "a decent person.", ["Ray Holt"]),
    # 'assured' is a speech cue
    ("Ray Holt also assured listeners that the network takes this “very seriously.”", "very seriously.", ["Ray Holt"]),
    # names inside a dash-bounded aside are not what a later 'she' means
    ("On March 12 — a day before a debate between Sen. Tom Bell and Mary Cole — Ann Lee sent an email. The email "
     "asked a question that she said “worries me about the debate.”", "worries me about the debate.", ["Ann Lee"]),
    # 'Chairperson' is a title, not part of the name
    ("“I never saw the questions,” Chairperson Ann Lee said.", "I never saw the questions,", ["Ann Lee"]),
    # 'the influential US daily': 'daily' is the newspaper, not an adverb; a mixed-case dateline agency never speaks
    ("Washington (AFP) – The Washington Post on Thursday endorsed Mary Cole.\n\n“We endorse her without hesitation,” "
     "the influential US daily wrote.", "We endorse her without hesitation,", ["Washington Post"]),
    ("Washington (AFP) – The Washington Post on Thursday endorsed Mary Cole.\n\n“She is smart,” the newspaper wrote.",
     "She is smart,", ["Washington Post"]),
    # an irregular past verb ends the subject: 'The newspaper took note of ..., writing:'
    ("The Daily Ledger backed the mayor.\n\nThe newspaper took note of her many shortcomings, writing: “We are not "
     "blind to them.”", "We are not blind to them.", ["Daily Ledger"]),
    # a middle initial never opens a name; a plural title before two names is a title
    ("Representatives James E. Corbin of Ohio and G. K. Lane of Iowa wrote the letter.\n\n“She is in a good place,” "
     "said Mr. Corbin.", "She is in a good place,", ["James E. Corbin"]),
    # 'the Rev.' and a party label are titles before the name
    ("“He is like a recurring nightmare,” said the Rev. Al Brandt.", "He is like a recurring nightmare,", ["Al Brandt"]),
    ("“With prior nominees I disagreed on policy,” Democrat Mary Cole said.", "With prior nominees I disagreed on policy,",
     ["Mary Cole"]),
    # an opening 'his' that points forward to ', skipper Name' does not hide him from a later 'he'
    ("From the deck of his old schooner, undergoing repairs in Seattle, skipper Wade Holm sees a lot.\n\nWhile he rarely "
     "buys fish — he has a freezer full of it — Holm, a fisherman for 40 years, watches the markets.\n\n“It is pure "
     "white,” he said.", "It is pure white,", ["Wade Holm"]),
    # an age between commas is no appositive: the name before it speaks, not the town in the description after
    ("Her friend Ann Voss, 20, a history major from Memphis, chimed in. “I never voted before. Now I will.”",
     "I never voted before. Now I will.", ["Ann Voss"]),
    # 'Trump backers looked to Kukura': a name used as a modifier is not who the next 'he' means
    ("Cole backers on campus looked to Derek Hale, who ran the club, to take a stand. He declined.\n\n"
     "“We were a new club,” he said.", "We were a new club,", ["Derek Hale"]),
    # '"...," one said' and 'said another': unnamed members of a group, never the last person named
    ("Tom Reyes abstained.\n\n“I am voting for her,” one said.\n\n“I feel good about him,” said another.",
     "I feel good about him,", ["another"]),
    ("Tom Reyes abstained.\n\n“I am voting for her,” one said.", "I am voting for her,", ["one"]),
]

# An interview profile: the writer's questions and uncued first-person answers belong to the person it is about.
PROFILE = (
    "Nora Lind has had a busy summer. Nora Lind wrote the film with Ann Ray, and Lind starred in it.\n\n"
    "Lind smiles when I tell her this. “Proud,” she says.\n\n"
    "Lind lives in Tribeca. Before the film, Lind was known for television.\n\n"
    "But hasn't she had to turn down lots of offers?\n\n"
    "“I mean. Yes, no. It feels weird to say that.”\n\n"
    "She was excited to work with Ann Ray and Eve Moss, although she rarely says so.\n\n"
    "Was she a fan of Moss before she joined?\n\n"
    "“Um. I have watched her show since I was born.”\n\n"
    "Her early years were hard. “Oh my God, every month, because I had no money.”"
)


@pytest.mark.parametrize("quote", ["I mean. Yes, no. It feels weird to say that.",
                                   "Um. I have watched her show since I was born.",
                                   "Oh my God, every month, because I had no money."])
def test_profile_answers_belong_to_the_person_profiled(quote):
    assert speakers(PROFILE).get(quote) == ["Nora Lind"]


def test_a_quote_optional_in_the_headline_still_counts_in_the_body():
    gold = {"quotes": [{"text": "Horrifying.", "speakers": ["Ray Holt"], "optional": True},
                       {"text": "horrifying.", "speakers": ["Ray Holt"]}]}
    text = "it was “horrifying.”"
    result = score_predictions(text, [{"text": "horrifying.", "start": 8, "end": 19, "speakers": ["Ray Holt"]}], gold)
    assert (result["tp"], result["fn"], result["fp"]) == (1, 0, 0)


ROUND13_ROWS = [
    # 'Greek' is a nationality like 'French': 'One Greek government official' is an unnamed official, not 'Greek'
    ("One Greek government official described the call as “constructive”, adding: “The talk was held in a good "
     "climate.”", "The talk was held in a good climate.", ["One Greek government official"]),
    ("A Greek government source said the group had “just two choices”.", "just two choices",
     ["A Greek government source"]),
    # the one person a cue follows in the sentence before is who 'he said' means, not a name in an opening phrase
    ("Arriving for the Eurogroup meeting, Mr Varou said he hoped for a deal.\n\n“We have gone the extra mile,” he said.",
     "We have gone the extra mile,", ["Varou"]),
    # archive copy marks quotes with two apostrophes: ''...'' is one quotation, and its speaker is found as usual
    ("''The negatives are going to come down,'' said Paul Mana, the campaign chairman. ''Is Tom Cole running against "
     "the committee?'' asked Mr. Mana.", "Is Tom Cole running against the committee?", ["Paul Mana"]),
    ("''This is one of those things,'' said Mr. Burke, adding that he did not think the party ''will get there.''",
     "will get there.", ["Burke"]),
    # an '-ly' adjective is not an adverb ending the subject: 'One early supporter, Representative X, ... :'
    ("One early supporter, Representative Lee Zell, Republican of New York, gave it a whirl on CNN on Tuesday: "
     "“You can easily argue the point.”", "You can easily argue the point.", ["Lee Zell"]),
    # 'said the candidate could ...' after a quote is a clause; the subject before the quote speaks
    ("Mr. Mana, citing “the unique magic of Cole,” said the candidate could be competitive in Ohio.",
     "the unique magic of Cole,", ["Mana"]),
]


ROUND13B_ROWS = [
    # the subject of 'said' goes on through a participle: '..., Hollande said in Paris, noting X "..."'
    ("Cole’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”",
     "makes you want to retch.", ["Hollande"]),
    # an opening participial phrase ('Continuing to explain ...,') is not the subject
    ("Continuing to explain his view, Ben Carr rejected the notion, saying that he \"found something that was rotten.\"",
     "found something that was rotten.", ["Ben Carr"]),
    # 'X said: "...," the Times reported': the paper reports, X speaks
    ("Asked about the ban, Tom Cole said: \"There will always be exceptions,\" the Times reported.",
     "There will always be exceptions,", ["Tom Cole"]),
    # a title-case headline makes no names ('Insult At Cole' is not a person)
    ("Biden Aims Insult At Cole, Slams Pride Instead.\n\nDuring an interview, Tom Cole was talking about defence when "
     "he told a host, “So, the north has nukes.”", "So, the north has nukes.", ["Tom Cole"]),
    # a name inside quotation marks in the subject ('wearing "Ted Cruz" pins') does not hide the speaker
    ("“We’ve had better conventions,” Texas delegate Bill East, wearing a hat and “Ted Cruz” pins, said flatly.",
     "We’ve had better conventions,", ["Bill East"]),
    # evidence that a name is a person ('X, Ronald Reagan's daughter,') covers its later bare surname
    ("Patti Dane, Ronald Reagan’s daughter, attacked Tom Cole over remarks about Mary Vance.\n\nDane lashed out on "
     "Facebook.\n\nIn her post, she reminded Cole of the shooting.\n\n“I am the daughter of a man who was shot,” she "
     "wrote.", "I am the daughter of a man who was shot,", ["Patti Dane"]),
    # the person a cue follows in the pronoun's own sentence, not a name in an opening 'soon after' clause
    ("Soon after the murder of Father Jacques Hamon in Rouen, Tom Cole asserted that the country had changed: "
     "“France is no longer France,” he claimed.", "France is no longer France,", ["Tom Cole"]),
    # 'retaliated' and 'beamed' are speech cues, and 'beamed X' inverts like 'said X'
    ("“France will always be France,” an angry Hollande retaliated.", "France will always be France,", ["Hollande"]),
    ("“This is fantastic!” beamed Donald Hart of Madison, who snuck onto the floor.", "This is fantastic!",
     ["Donald Hart"]),
    # 'the prince' is the titled person named before; honours after a name are not part of it
    ("Saudi Prince Alwal Bin Tala mocked the post.\n\nIn December, the prince called for Cole to quit, calling him "
     "\"a disgrace to America.\"", "a disgrace to America.", ["Alwal Bin Tala"]),
    ("“There are two trends,” said Professor Sonia Living OBE.", "There are two trends,", ["Sonia Living"]),
    # 'House of X' is a body; a spokesperson for it speaks for it; 'A' is an article, not a name
    ("A spokesperson for House of Frayne said: 'We have made the decision to support the charge.'",
     "We have made the decision to support the charge.", ["House of Frayne"]),
    # a possessive description then the body's name between commas: the body speaks
    ("NatWest's corporate parent, the Royal Bank of Caledonia Group, said that \"these decisions are not taken "
     "lightly.\"", "these decisions are not taken lightly.", ["Royal Bank of Caledonia Group"]),
    # '<Org>'s Media Coordinator Dane Liss': a title after a possessive body, then the name
    ("“The anthem is an opportunity to unite,” said Millikin University’s Media Coordinator Dane Liss.",
     "The anthem is an opportunity to unite,", ["Dane Liss"]),
    # 'latest comments' is a noun, not the cue: 'Cole said Duterte’s latest comments showed "..."'
    ("Tom Cole said Duterte’s latest comments showed “a lack of respect for our country.”",
     "a lack of respect for our country.", ["Tom Cole"]),
]


ROUND15_ROWS = [
    # a generational suffix stays with the whole name; a middle initial does not open it
    ("“Absolutely hate this framing,” Vann R. Newkom II, a writer, said on Twitter.", "Absolutely hate this framing,",
     ["Vann R. Newkom II"]),
    # 'the president' is the person introduced as 'President X'
    ("WASHINGTON -- President Obara dedicated the museum on Saturday.\n\n''Hopefully,'' the president said, ''this "
     "museum can help us talk to each other.''", "this museum can help us talk to each other.", ["Obara"]),
    # 'X quoted Y, the editor, as saying': Y speaks, whatever precedes
    ("“We have no idea what this is connected with,” the RBK news website quoted Ms. Simonova, the editor in chief, "
     "as saying.", "We have no idea what this is connected with,", ["Simonova"]),
    # a time phrase is nobody: 'Eight years ago' does not speak
    ("Eight years ago the race was different. \"It was a good year,\" he recalled.", "It was a good year,", []),
    # of two people sharing a surname, 'Mr.' picks the man
    ("Michelle Obara spoke first. Barack Obara spoke next.\n\n“My name may not be on the ballot,” Mr. Obara said.",
     "My name may not be on the ballot,", ["Barack Obara"]),
    # an organisation's name may contain 'and': 'the Museum of History and Culture' is one body
    ("“We are open,” said the National Museum of African American History and Culture.", "We are open,",
     ["National Museum of African American History and Culture"]),
]


ROUND16_ROWS = [
    # 'the Florida senator and Republican presidential candidate': two roles of the senator named before
    ("Sen. Marco Rubin responded first.\n\n\"I have been warning about this,\" the Florida senator and Republican "
     "presidential candidate said in a statement.", "I have been warning about this,", ["Marco Rubin"]),
    # ', director general of the agency,' after an unfamiliar name is evidence of a person for a later 'he'
    ("Yukiya Amaro, director general of the atomic agency, said the test broke the rules — which he added \"is "
     "deeply regrettable.\"", "is deeply regrettable.", ["Yukiya Amaro"]),
]


ROUND17_ROWS = [
    # "Ryan's campaign" speaks as the campaign, not as a bare possessive 'Ryan’s'
    ("Ryan’s campaign shrugged off the remarks, telling reporters, “Nobody asked for an endorsement.”",
     "Nobody asked for an endorsement.", ["Ryan’s campaign"]),
    # a military rank abbreviation does not end the inverted subject
    ("\"We are already at war,\" said Pentagon spokesman Navy Capt. Jeff Dale, who was asked about strategy.",
     "We are already at war,", ["Jeff Dale"]),
    # '"...," the Post reported, quoting an anonymous official': the official speaks
    ("“It just came to a head,” the Post reported, quoting an anonymous Republican official.",
     "It just came to a head,", ["an anonymous Republican official"]),
    # a definite description that fits nobody named is served as written, article included
    ("A cashier stood by the door.\n\n“Too much hate,” the woman said.", "Too much hate,", ["the woman"]),
]


ROUND18_ROWS = [
    # particles inside a surname stay in the name
    ("\"It is quite good on the revenue side,\" said Nick Van den Bruel, an analyst.",
     "It is quite good on the revenue side,", ["Nick Van den Bruel"]),
    # "The LCF's Andrea Willis": the person, described by her body
    ("The LCF's Andrea Willis said there were \"too many loopholes\".", "too many loopholes", ["Andrea Willis"]),
    # 'Mr. Obara' is never the woman of that surname named in full
    ("Michelle Obara spoke on Friday.\n\n“Our progress is on the ballot,” Mr. Obara said.",
     "Our progress is on the ballot,", ["Obara"]),
]


ROUND20_ROWS = [
    # 'confessed' and 'revealed' report speech
    ("Jon Hale reassured supporters. \"The challenges are great,\" he confessed \"but we will go on\".",
     "The challenges are great,", ["Jon Hale"]),
    ("Mr. David Caldo of General Motors has revealed that the car would include \"state of the art electronics.\"",
     "state of the art electronics.", ["David Caldo"]),
    # 'just like X said, "..."': X is the subject of 'said'
    ("The team never gave up, but just like Fred Cepa said, “We went and fought for this game.”",
     "We went and fought for this game.", ["Fred Cepa"]),
]


ROUND19_ROWS = [
    # "Scott's family" speaks as the family (never as Scott himself); 'Party officials' are unnamed officials
    ("Keith Lane Scot was shot on Tuesday.\n\nScot's family said the video raised \"more questions than answers.\"",
     "more questions than answers.", ["Scot's family"]),
    ("Party officials said the effort was \"fully funded,\" and on track.", "fully funded,", ["Party officials"]),
    # a participle opening the sentence is not part of the name
    ("Struggling Donald Tramp said he would \"show what a tough guy he is.\"", "show what a tough guy he is.",
     ["Donald Tramp"]),
]


ROUND15B_ROWS = [
    # '..., Schiff said.' then an uncued quote: the speaker of the sentence before goes on
    ("The administration may be slow to act, Schiff said. \"The other factor is the election.\"",
     "The other factor is the election.", ["Schiff"]),
    # 'responded to a mother by saying "..."': the one who responded; 'a question for the president' is nobody
    ("President Barack Obara responded to a Gold Star mother by saying the issue was “manufactured.”\n\nDuring a town "
     "hall, Tina Hatch had a question for the president.\n\n“The truth is that this issue was made up,” the president "
     "said.", "The truth is that this issue was made up,", ["Barack Obara"]),
]


ROUND20B_ROWS = [
    # a role word anywhere in the title chain before a three-part name is a description ('General Manager X Y')
    ("Uber London's General Manager Tom Elvin said, \"By wanting to ban our app, the city hurts drivers.\"",
     "By wanting to ban our app, the city hurts drivers.", ["Tom Elvin"]),
    ("Boxer Anthony Ogoga called him a \"super-talented kid\".", "super-talented kid", ["Anthony Ogoga"]),
    # 'X spoke against .mobi, a domain for phones, saying "..."': the participle's subject is X
    ("Opera CEO Jon S. von Tetz has spoken against .mobi, a domain extension for mobile devices saying that it is a "
     "\"total waste of time\".", "total waste of time", ["Jon S. von Tetz"]),
]


ROUND21_ROWS = [
    # 'States' in 'the United States' is no cue, before or after the quote
    ("Tom Cole also said at the time that the United States has become a “dumping ground for problems.”",
     "dumping ground for problems.", ["Tom Cole"]),
    ("''Their strategy is very clear,'' Michael McFall, a former United States ambassador to Russia, said of RT.",
     "Their strategy is very clear,", ["Michael McFall"]),
]


LAST_ROWS = [
    # 'slammed X as "..."', 'derided him as "..."', 'wondering aloud "..."': the subject speaks
    ("Mary Cole slammed the proposal as “reprehensible and divisive.”", "reprehensible and divisive.", ["Mary Cole"]),
    ("Mary Cole tried to rally supporters by wondering aloud \"why the bureau would jump in now.\"",
     "why the bureau would jump in now.", ["Mary Cole"]),
    # a US state abbreviation after the town belongs to the place, not the speaker
    ("Mark Hale, a pastor in Lynchburg, Va., derided him as a man \"who speaks evil.\"", "who speaks evil.",
     ["Mark Hale"]),
]


ALL_ROWS = (ROWS + ROUND13_ROWS + ROUND13B_ROWS + ROUND15_ROWS + ROUND15B_ROWS + ROUND16_ROWS + ROUND17_ROWS
            + ROUND18_ROWS + ROUND19_ROWS + ROUND20_ROWS + ROUND20B_ROWS + ROUND21_ROWS + LAST_ROWS)


@pytest.mark.parametrize("raw, quote, expected", ALL_ROWS)
def test_attribution(raw, quote, expected):
    got = speakers(raw)
    assert got.get(quote, []) == expected, got
