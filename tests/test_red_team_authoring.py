"""A hostile player against the routines people write (/new and the rest), through the turn
service: what reached someone else that should not have."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import check
from bot.application import authoring
from bot.application.services import Services
from bot.content.corpus import Corpus, parse_corpus
from bot.storage import Storage
from tests.support.lines import opening, say
from tests.test_authoring import ADMINS, BOB, KNIVES, YOU, Chats

TELEGRAM_LIMIT = 4096  # UTF-16 units of one message; a longer one is cut by the outbox


@pytest.fixture
def chats(corpus: Corpus, tmp_path: Path) -> Iterator[Chats]:
    storage = Storage(tmp_path / "authored.sqlite3")
    services = Services(corpus, storage, random.Random(3), admin_ids=ADMINS)
    yield Chats(services, storage)
    services.close()
    storage.close()


@pytest.mark.parametrize(
    "text",
    [
        "Knives \u202eof mine",  # right-to-left override: flips what follows on the line
        "Knives \u2067of mine",  # right-to-left isolate
        "Knives\u200b of mine",  # zero-width space
        "Knives of mine\u2060",  # word joiner
    ],
)
def test_invisible_and_direction_characters_are_refused(text: str) -> None:
    assert authoring.text_problem(text, 60, False, "en") is not None


async def test_a_title_cannot_flip_the_authors_name_in_a_groups_pack(chats: Chats) -> None:
    await chats.script(BOB, ["/new", "English"])
    said = await chats(BOB, "Knives \u202eof mine")
    assert opening("new_ask_question", "en") not in said
    assert chats.services.authoring.store.load_draft(BOB.id or 0)["step"] == "title"


@pytest.mark.parametrize(
    "text",
    [
        "Seen evil.top/free?",  # Telegram links every top-level domain, not a few
        "Seen evil.dev?",
        "看看evil.com吧？",  # a domain in Chinese text: no word boundary before or after it
        "Open tg://resolve?domain=scam?",
        "Write to ＠scammer?",  # full-width at sign
        "Write to @ scammer?",
        "Seen ｅｖｉｌ．ｃｏｍ?",  # full-width letters and dot
        "Seen https：//evil?",  # full-width colon in Chinese text
    ],
)
def test_disguised_links_and_mentions_are_refused(text: str) -> None:
    refusals = (say("new_err_link", "en"), say("new_err_mention", "en"))
    assert authoring.text_problem(text, 300, False, "en") in refusals


def test_plain_prank_texts_are_not_taken_for_links() -> None:
    for text in (
        "Ten knives thrown, you caught two. How many are left?",
        "e.g. 3.5 m?",
        "十把刀？",
    ):
        assert authoring.text_problem(text, 300, False, "en") is None


LONGEST = [
    "/new",
    "English",
    "Longest one",
    "Q" * 298 + " ?",
    *[
        line
        for i, word in enumerate(("alpha", "bravo", "charlie", "delta", "echo", "foxtrot"))
        for line in (
            " / ".join(f"{word}{k}{'z' * 40}"[:40] for k in "abcdefgh"),
            f"Punch {i} " + "y" * 280 + ".",
        )
    ],
    "/done",
    " / ".join(f"give{k}{'w' * 40}"[:40] for k in "abcdefgh"),
    "G" * 299 + ".",
    "H" * 298 + " ?",
]


async def test_the_longest_routine_is_shown_whole_to_its_author_and_reviewer(
    chats: Chats, tmp_path: Path
) -> None:
    await chats.script(BOB, LONGEST)
    messages = [text for _, text, _ in chats.outbox.lines]
    assert all(len(m.encode("utf-16-le")) // 2 <= TELEGRAM_LIMIT for m in messages)
    assert "H" * 298 + " ?" in chats.said and "G" * 299 + "." in chats.said  # the preview
    await chats(BOB, "yes")
    await chats(BOB, "/publish longest one")
    said = await chats(YOU, "/review")
    assert "H" * 298 + " ?" in said and "G" * 299 + "." in said
    # The export arrives in pieces a person pastes together: `bot check` accepts the whole.
    before = len(chats.outbox.lines)
    await chats(BOB, "/export longest one")
    pieces = [text for _, text, _ in chats.outbox.lines[before + 1 :]]
    assert all(len(p.encode("utf-16-le")) // 2 <= TELEGRAM_LIMIT for p in pieces)
    exported = "\n".join(pieces)
    assert len(parse_corpus(exported).routines) == 1
    path = tmp_path / "longest.yaml"
    path.write_text(exported, encoding="utf-8")
    assert check(path) == 0


async def test_review_approves_only_what_the_reviewer_was_shown(chats: Chats) -> None:
    await chats.script(BOB, KNIVES)
    await chats(BOB, "/publish knives of mine")
    assert "How many are left?" in await chats(YOU, "/review")
    # Between the look and the approval, Bob rewrites it and offers it again.
    swapped = "Ten knives thrown, you caught two. How many are left, loser?"
    await chats.script(BOB, ["/edit knives of mine", "/keep", swapped, "/keep", "/keep", "/keep"])
    await chats(BOB, "yes")
    await chats(BOB, "/publish knives of mine")
    said = await chats(YOU, "/review approve")
    store = chats.services.authoring.store
    assert store.get_authored(1).status != "public"
    assert opening("review_next", "en") in said and "loser" in said  # shown the new one
    await chats(YOU, "/review approve")
    assert store.get_authored(1).status == "public"
    assert say("review_approved", "en", title="Knives of mine") in chats.said


async def test_a_long_run_of_spaces_at_new_steps_costs_no_second(chats: Chats) -> None:
    """redteam15: /new's language step (i18n.language_said: its tail pattern's \\s* before a
    $ is quadratic on a run of spaces) took over a second for one 4,000-character message, the
    event loop held for every chat; the save step's yes or no (`_agrees`) a tenth of one. A
    sentence is neither a language's name nor a yes or no: read as neither, at once."""
    import time

    spaces = "a" + " " * 4000 + "b"
    await chats(BOB, "/new")
    started = time.perf_counter()
    for _ in range(3):
        said = await chats(BOB, spaces)
    assert time.perf_counter() - started < 0.3
    assert "Which language" in said
    assert "Give it a title" in await chats(BOB, "english please")
    started = time.perf_counter()
    for _ in range(10):
        assert authoring._agrees(spaces) is None
    assert time.perf_counter() - started < 0.1
    assert authoring._agrees("no thank you") is False and authoring._agrees("yep") is True


@pytest.mark.parametrize("reply", ["不对", "錯", "not yet", "还没", "Wrong!"])
async def test_saying_it_is_wrong_or_not_yet_at_the_save_step_keeps_the_draft(
    chats: Chats, reply: str
) -> None:
    """redteam15: the save step took the lexicon's every no, and 不对 ("that's not right"),
    错, "not yet", 还没 threw the author's draft away ("OK, not saved"), where the author
    meant to change something or to wait: asked again (with /back), the draft kept."""
    await chats.script(BOB, KNIVES[:-1])
    said = await chats(BOB, reply)
    assert "not saved" not in said and "/back" in said
    assert "Saved!" in await chats(BOB, "yes")
    assert authoring._agrees("no thanks") is False and authoring._agrees("不用了") is False
