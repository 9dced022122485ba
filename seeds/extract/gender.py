"""Gender evidence for a person mention, so that 'she' never resolves to a man and 'he' never to a woman.

A pronoun's nearest person-like mention is usually right, but in a story about a woman who accuses several
men the nearest named person is often one of the men; a single wrong 'she' then credits a man with her
words. Evidence is deliberately conservative (a given name known to be mostly one gender, an honorific, a
gendered role noun right before the name); with no evidence a mention stays open to either pronoun.
"""
from __future__ import annotations

import re

FEMALE_NAMES = frozenset("""
abigail ada adele agnes aisha alexandra alice alicia alison amanda amber amelia amy ana andrea angela angelina
anita ann anna anne annie antonia ashley audrey barbara beatrice beth betty beverly brenda bridget brittany
camila carla carmen carol caroline carolyn catherine cathy cecilia charlotte chelsea cheryl christina christine
cindy claire clara claudia coco cristina cynthia dana daniela danielle daphne deborah debra demi denise diana diane
dolores donna doris dorothy edith eleanor elena elisabeth elise eliza elizabeth ella ellen eloise emilia emily emma
erin esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gail giorgia gina giselle gloria
grace greta gwen hannah harriet hazel heather heidi helen helena hillary holly ingrid irene iris isabel isabella
jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna jocelyn josephine joyce judith judy
julia julie june karen karina kamala kate katharine katherine kathleen kathryn kathy katie kayla kelly kimberly
kimberlee kristen kristin laura lauren leah lila lily linda lindsey lisa liz lois lorraine louise lucia lucy lydia
madeleine madison maggie margaret margarita maria marianne marie marilyn marina marjorie martha mary maya megan
melania melanie melinda melissa meredith mia michele michelle mila mildred miriam molly monica nadia nancy naomi
natalia natalie natasha nicola nicole nikki nina nora olga olivia pam pamela patricia paula pauline penelope
penny phoebe priscilla rachel rebecca regina rita roberta rosa rosalind rose ruby ruth sabrina sally samantha
sandra sara sarah serena shannon sharon sheila shirley simone sofia sonia sophia sophie stacey stella stephanie
susan suzanne svetlana sylvia tamara tanya teresa theresa tiffany tina tracy ursula valentina valerie vanessa
vera veronica victoria violet virginia vivian wanda wendy whitney yolanda yulia zoe
""".split())
# Given names borne by men and women alike, or rare enough either way that they prove nothing.
_EITHER = frozenset("alex alexis ashley chris dana jamie jan jean jess jo jordan kelly kim lee lynn marion robin "
                    "sam shannon terry tracy andrea nicola".split())
_MALE_EXTRA = frozenset("""
abdul abdullah abu ahmed ahmad ali andrii andriy anthony asim bashar benjamin benny bibi boris carlos dmitry
donald emmanuel fumio hamid hassan ibrahim jamil jeffrey joe justin keir kevin khalid kir mahmoud mohamed
mohammed muhammad narendra olaf omar rishi sadeq sergei sergey shehbaz vladimir volodymyr xi yahya yevgeny
yusuf andy jack luc paul grigor radu daniel dan cameron dominic
""".split())

_FEMALE_WORDS = ("mrs|ms|miss|lady|dame|madam|madame|queen|princess|duchess|countess|baroness|actress|spokeswoman|"
                 "chairwoman|congresswoman|businesswoman|sportswoman|councilwoman|policewoman|mother|wife|daughter|"
                 "sister|grandmother|aunt|niece|widow|girlfriend|woman|girl|mum|mom|stepmother|first lady")
_MALE_WORDS = ("mr|sir|lord|king|prince|duke|earl|count|baron|actor|spokesman|chairman|congressman|businessman|"
               "sportsman|councilman|policeman|father|husband|son|brother|grandfather|uncle|nephew|widower|"
               "boyfriend|man|boy|dad|stepfather")
_BEFORE = re.compile(rf"\b(?:(?P<f>{_FEMALE_WORDS})|(?P<m>{_MALE_WORDS}))\.?,?\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}$", re.I)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def name_gender(name: str) -> str | None:
    """'f' or 'm' from the given name at the front of a full name, None when it says nothing."""
    words = [w.lower().strip(".,") for w in name.split()]
    first = words[0] if words else ""
    if first in _EITHER:  # 'Jean Luc Brunel', 'Mary Jo White': a second given name may still say it
        return name_gender(" ".join(name.split()[1:])) if len(words) > 2 else None
    if first in FEMALE_NAMES:
        return "f"
    if first in _MALE_EXTRA:
        return "m"
    from .firstnames import FIRST_NAMES  # the broad list is mostly men's names once the women's are taken out
    return "m" if first in FIRST_NAMES else None


def mention_gender(full_name: str, description: str | None, masked: str, start: int) -> str | None:
    """Evidence from the name itself, its description, or an honorific/role noun just before the mention."""
    by_name = name_gender(full_name)
    if by_name:
        return by_name
    for text in (description or "", masked[max(0, start - 40):start]):
        m = _BEFORE.search(text + (" " if text is description else ""))
        if m:
            return "f" if m.group("f") else "m"
    return None


def agrees(pronoun: str, gender: str | None) -> bool:
    """A he/she may go to a mention of its own gender or of unknown gender, never to the other."""
    want = _PRONOUN_GENDER.get(pronoun.lower())
    return want is None or gender is None or gender == want
