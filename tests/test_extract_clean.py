"""clean_article: boilerplate out, metadata lifted, headings marked, offsets exact."""
import pytest

from seeds.extract.clean import clean_article

BODY = "The minister said the plan would go ahead."


def body_texts(clean):
    return [clean.text[p.start:p.end] for p in clean.paragraphs]


@pytest.mark.parametrize("line", [
    "Comments are closed.",
    "Exit mobile version",
    "Read the original article.",
    "ABSTRACT",
    "FULL TEXT",
    "Editor's note: An earlier version of this story misspelled a name.",
    "![A flooded street](https://example.org/a.jpg)",
    "Photo: Regional Press Service",
    "Protesters at the march. Image: Andrew Gray.",
    "Share this article",
    "Subscribe to our newsletter for daily updates.",
    '<tweet data-id="1790012345678901234">',
    "██ Syrian Democratic Forces",
    "—The mayor of London, Sadiq Khan",
    "Skip to content",
    "**[[Learn Rust from first steps to async in this 10-part course!][3] ]**",
    "**[ Also read:[Why sensors fail in the field][5] ]**",
    "**More about robotics:**",
])
def test_boilerplate_lines_are_dropped(line):
    clean = clean_article(f"{BODY}\n\n{line}\n\nThe vote is due on Friday.")
    assert body_texts(clean) == [BODY, "The vote is due on Friday."]


def test_licence_line_becomes_metadata():
    clean = clean_article(f"{BODY}\n\nThis article is republished from The Conversation under a Creative Commons "
                          "license. Read the original article.")
    assert clean.publisher == "The Conversation"
    assert clean.license.startswith("This article is republished from The Conversation")
    assert "Creative Commons" not in clean.text


@pytest.mark.parametrize("bio, author, description", [
    ("Stefan Wolff is a professor of international security at the University of Birmingham.", "Stefan Wolff",
     "professor of international security at the University of Birmingham"),
    ("Daniel Archer is a columnist and a former secondary school teacher.", "Daniel Archer",
     "columnist and a former secondary school teacher"),
])
def test_closing_author_bio_becomes_metadata(bio, author, description):
    clean = clean_article(f"{BODY}\n\n{bio}\n\nComments are closed.")
    assert (clean.author, clean.author_description) == (author, description)
    assert body_texts(clean) == [BODY]


def test_byline_and_dateline_become_metadata():
    clean = clean_article(f"By Daniel Archer\n\nThursday, March 28, 2019\n\n{BODY}")
    assert clean.author == "Daniel Archer"
    assert clean.published_at == "Thursday, March 28, 2019"
    assert body_texts(clean) == [BODY]


@pytest.mark.parametrize("paragraph, kind", [
    ("Flashpoint Taiwan", "heading"),
    ("Common International Ground?", "heading"),
    ("## What Happens Next", "heading"),
    ("The vote is due on Friday.", "body"),
    ('He said "no".', "body"),
    ("Xi and Biden are believed to have covered Taiwan, the possible U.S. TikTok ban, tariffs, and more", "body"),
])
def test_headings_are_marked(paragraph, kind):
    clean = clean_article(f"{BODY}\n\n{paragraph}\n\n{BODY}")
    assert clean.paragraphs[1].kind == kind


def test_offsets_index_the_cleaned_text():
    raw = "  First paragraph here.  \n\n\n\nComments are closed.\n\nSecond one.\nSame paragraph.\n"
    clean = clean_article(raw)
    assert clean.text == "First paragraph here.\n\nSecond one.\nSame paragraph."
    assert body_texts(clean) == ["First paragraph here.", "Second one.\nSame paragraph."]


def test_seed_article_keeps_only_the_body():
    with open("seeds/articles/biden-xi-call-conversation-2024.txt", encoding="utf-8") as f:
        clean = clean_article(f.read())
    headings = [clean.text[p.start:p.end] for p in clean.paragraphs if p.kind == "heading"]
    assert headings == ["Flashpoint Taiwan", "Common International Ground?"]
    assert clean.author == "Stefan Wolff" and clean.publisher == "The Conversation"
    for gone in ("Comments are closed", "Exit mobile version", "republished", "is a professor"):
        assert gone not in clean.text


# --- Wire and newspaper metadata: headline, byline, agency, date line, footer (seeds/extract/metadata.py) ---

LEDE = ("CAIRO (AP) — Egypt's parliament approved a new budget on Monday after weeks of debate over fuel subsidies, "
        "the state news agency reported.")
SECOND = "Lawmakers voted 310 to 42 in favour of the plan."


@pytest.mark.parametrize("head, field, value", [
    ("Egypt approves budget after weeks of debate", "title", "Egypt approves budget after weeks of debate"),
    ("Will the subsidy cuts survive the summer?", "title", "Will the subsidy cuts survive the summer?"),
    ("Parliament Backs Budget, Fuel Subsidies Trimmed", "title", "Parliament Backs Budget, Fuel Subsidies Trimmed"),
    ("By SAMIRA HADDAD and PETER VOSS", "author", "Samira Haddad and Peter Voss"),
    ("BY KATE O'BRIEN-MCCALL", "author", "Kate O'Brien-McCall"),
    ("By Lena Fischer, Omar Said and Ruth Adeyemi", "author", "Lena Fischer and Omar Said and Ruth Adeyemi"),
    ("By Hugo Marchetti, Associated Press", "publisher", "Associated Press"),
    ("By Hugo Marchetti, Associated Press", "author", "Hugo Marchetti"),
    ("Nadia Rahman | The Guardian", "author", "Nadia Rahman"),
    ("Nadia Rahman | The Guardian", "publisher", "The Guardian"),
    ("Tomas Lindqvist, Reuters", "author", "Tomas Lindqvist"),
    ("Tomas Lindqvist, Reuters", "publisher", "Reuters"),
    ("By Priya Nair\nBBC News", "publisher", "BBC News"),
    ("By Priya Nair\nAFP", "publisher", "AFP"),
    ("By Priya Nair\nStaff writer", "author_description", "Staff writer"),
    ("Staff Reporter", "author_description", "Staff Reporter"),
    ("Published 3:45 PM EST, Tue March 5, 2024", "published_at", "2024-03-05T15:45:00-05:00"),
    ("Updated 9:10 a.m. BST, 14 June 2023", "published_at", "2023-06-14T09:10:00+01:00"),
    ("Published: June 2, 2022", "published_at", "2022-06-02"),
    ("By Ana Costa | Published 2024-01-09T08:00:00Z", "published_at", "2024-01-09T08:00:00+00:00"),
])
def test_head_metadata_is_lifted(head, field, value):
    clean = clean_article(f"{head}\n\n{LEDE}\n\n{SECOND}")
    assert getattr(clean, field) == value
    assert body_texts(clean) == [LEDE, SECOND]


def test_headline_byline_agency_and_date_together():
    clean = clean_article("Egypt approves budget after weeks of debate\n\nBy SAMIRA HADDAD and PETER VOSS\n"
                          f"Associated Press\nPublished 10:02 AM EDT, Mon May 6, 2024\n\n{LEDE}\n\n{SECOND}")
    assert (clean.title, clean.author, clean.publisher, clean.published_at) == (
        "Egypt approves budget after weeks of debate", "Samira Haddad and Peter Voss", "Associated Press",
        "2024-05-06T10:02:00-04:00")
    assert body_texts(clean) == [LEDE, SECOND]


@pytest.mark.parametrize("first, kept", [
    ("The budget passed on Monday.", True),  # a real first sentence: ends with a stop
    ("Egypt's parliament approved a new budget on Monday after weeks of debate over fuel subsidies and a long "
     "standoff with the finance ministry over how far to trim them", True),  # long: a sentence even without a stop
    ("Monday, May 6, 2024", False),  # a date line, which clean.py keeps as published_at
    ("FULL TEXT AVAILABLE", False),  # shouting: a scraper's marker, which clean.py drops
])
def test_first_line_that_is_not_a_headline_is_not_the_title(first, kept):
    clean = clean_article(f"{first}\n\n{LEDE}")
    assert clean.title is None
    assert body_texts(clean) == ([first, LEDE] if kept else [LEDE])


def test_kicker_quoted_headline_bare_name_and_bare_date():
    clean = clean_article('World\n\nMinister: "We will not back down"\n\nHannah Kerr\nTue 5 Mar 2024 14.30 GMT\n\n'
                          f"{LEDE}\n\n{SECOND}")
    assert (clean.title, clean.author, clean.published_at) == (
        'Minister: "We will not back down"', "Hannah Kerr", "2024-03-05T14:30:00+00:00")
    assert body_texts(clean) == ["World", LEDE, SECOND]  # the kicker stays, as a heading
    assert clean.paragraphs[0].kind == "heading"


def test_headline_needs_body_text_after_it():
    clean = clean_article("Egypt approves budget\n\nFuel subsidies\n\nBudget talks")
    assert body_texts(clean) == ["Egypt approves budget", "Fuel subsidies", "Budget talks"]


@pytest.mark.parametrize("footer, license_", [
    ("___\n\nAssociated Press writer Maria Lund in Stockholm contributed to this report.", None),
    ("Associated Press writers Ken Ito and Dana Bell contributed.", None),
    ("(Reporting by Ines Moreau in Paris; Editing by Mark Heller)", None),
    ("Reporting by Ines Moreau; Additional reporting by Jo Park; Editing by Mark Heller", None),
    ("Additional reporting by Jo Park in Seoul", None),
    ("Follow Ines Moreau on Twitter: @inesmoreau", None),
    ("Copyright 2024 The Associated Press. All rights reserved.",
     "Copyright 2024 The Associated Press. All rights reserved."),
    ("© 2023 Reuters", "© 2023 Reuters"),
    ("This story has been updated to correct the vote count.", None),
    ("Sign up for our morning briefing.", None),
    ("Our Standards: The Thomson Reuters Trust Principles.", None),
    ("* * *\n\nFollow our coverage of the budget at https://example.org/budget\n\nThe agency receives support from a "
     "foundation for its coverage of the region.", None),
    ("---\n\nMaria Lund contributed reporting from Stockholm.", None),
])
def test_footer_lines_are_dropped(footer, license_):
    clean = clean_article(f"{LEDE}\n\n{SECOND}\n\n{footer}")
    assert body_texts(clean) == [LEDE, SECOND]
    assert clean.license == license_


def test_separator_mid_story_is_a_section_break_not_a_footer():
    tail = [f"Paragraph {n} of the second part goes on about the budget." for n in range(1, 7)]
    clean = clean_article("\n\n".join([LEDE, "* * *", *tail]))
    assert body_texts(clean) == [LEDE, *tail]


@pytest.mark.parametrize("raw, first", [
    (f"Budget passes\n\nBy Lena Fischer\n\nCAIRO (AP) —\n{SECOND}", f"CAIRO (AP) — {SECOND}"),
    (f"CAIRO, May 6 (Reuters) -\n\n{SECOND}", f"CAIRO, May 6 (Reuters) - {SECOND}"),
    (f"{LEDE}\n\n{SECOND}", LEDE),
])
def test_datelines_stay_in_the_first_sentence(raw, first):
    clean = clean_article(raw)
    assert body_texts(clean)[0] == first
    assert all(p.kind == "body" for p in clean.paragraphs)


def test_dateline_wire_code_names_the_publisher_when_no_agency_line():
    assert clean_article(f"By Lena Fischer\n\n{LEDE}").publisher == "Associated Press"
    assert clean_article(f"LONDON (Reuters) - {SECOND}").publisher == "Reuters"


def test_wire_article_offsets_are_exact():
    raw = (f"Egypt approves budget\r\n\r\nBY SAMIRA HADDAD\r\nAssociated Press\r\n\r\n{LEDE}\r\n\r\n\"It is a fair "
           f"deal,\" the minister said.\r\n\r\n___\r\n\r\nAP writer Jo Park contributed to this report.\r\n")
    clean = clean_article(raw)
    assert body_texts(clean) == [LEDE, '"It is a fair deal," the minister said.']
    assert clean.text == "\n\n".join(body_texts(clean))


WIRE_ARTICLE = """Port strike halts exports as talks collapse

By RAFAEL MENDES and ELSA BRANDT
Associated Press
Published 6:15 PM EDT, Wed July 10, 2024

SANTOS, Brazil (AP) — Dockworkers at Latin America's busiest port walked off the job on Wednesday, halting coffee and soy exports after wage talks collapsed overnight.

"We will stay out until the offer changes," union leader Marta Souza told reporters at the gate.

Shipping agents said at least 40 vessels were waiting offshore.

___

Associated Press writer Tomás Lima in São Paulo contributed to this report.

Copyright 2024 The Associated Press. All rights reserved.
"""


def test_wire_article_end_to_end(tmp_path):
    from app import create_app
    from seeds.importer import import_files

    path = tmp_path / "port-strike.txt"
    path.write_text(WIRE_ARTICLE, encoding="utf-8")
    db = tmp_path / "facts.db"
    import_files([path], db)
    client = create_app({"TESTING": True, "DATABASE": str(db)}).test_client()
    article = client.get("/v1/articles/port-strike").get_json()
    assert article["title"] == "Port strike halts exports as talks collapse"
    assert article["author"] == "Rafael Mendes and Elsa Brandt"
    assert article["publisher"] == "Associated Press"
    assert article["published_at"] == "2024-07-10T18:15:00-04:00"
    assert article["license"] == "Copyright 2024 The Associated Press. All rights reserved."
    text = client.get("/v1/articles/port-strike/text").get_data(as_text=True)
    assert text.startswith("SANTOS, Brazil (AP) — Dockworkers")
    claims = client.get("/v1/claims?article=port-strike&limit=100").get_json()["items"]
    assert claims, "the body sentences are still claims"
    for claim in claims:
        assert text[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]
        for gone in ("RAFAEL", "Associated Press\n", "Published", "contributed", "Copyright", "port strike halts"):
            assert gone.lower() not in claim["text"].lower()
    assert not any(c["text"].startswith(("By ", "Port strike")) for c in claims)
