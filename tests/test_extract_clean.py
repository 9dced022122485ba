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
