"""Buttons under the bot's messages, as the conversation decides them: pure data.

A `Button` names what a tap does — the command it stands for (`JOKE`, `STORY`, `PRANK` with a
routine id or none, a `LIST` page) — or, for `SHARE`, the inline query a tap switches to (post a
routine to a friend, inline). The conversation puts rows of them on a `Reply`; the turn signs
them (bot/application/buttons.py) and each front end renders them (bot/telegram/buttons.py,
the playground's `[buttons: …]`). A tap runs as the command it stands for, from whoever tapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from bot.i18n.language import ENGLISH

JOKE, STORY, PRANK, LIST, SHARE = "joke", "story", "prank", "list", "share"
ACTIONS = (JOKE, STORY, PRANK, LIST)  # the ones a tap runs (SHARE switches to inline mode)
LIST_PAGE = 8  # routines on one page of /list's keyboard

Keyboard = tuple[tuple["Button", ...], ...]  # rows of buttons


@dataclass(frozen=True)
class Button:
    """One button: its label, and the command a tap runs (`action`, `args`).

    `keep`: the keyboard stays live after a tap on this button (a /list's routines may be
    tapped again); otherwise a tap uses the message's buttons up."""

    label: str
    action: str
    args: tuple[str, ...] = ()
    keep: bool = False


def another(action: str, lang: str) -> Keyboard:
    """Under a joke or a story: one more."""
    return ((Button(say(f"button_another_{action}", lang), action),),)


@lru_cache(maxsize=4096)  # immutable, by value: every private punchline carries one
def after_private_prank(routine_id: str, lang: str) -> Keyboard:
    """Under a private prank's punchline: another prank, or this one on a friend."""
    return (
        (Button(say("button_another_prank", lang), PRANK),),
        (Button(say("share", lang), SHARE, (routine_id,)),),
    )


@lru_cache(maxsize=4096)
def after_fall(routine_id: str, lang: str) -> Keyboard:
    """Under a group prank someone fell for: its victim may play it on someone else."""
    return ((Button(say("button_your_turn", lang), SHARE, (routine_id,)),),)


def list_order(corpus: Corpus, lang: str) -> list[tuple[str, str]]:
    """(routine, the language its title shows in) as /list shows them: those played in the
    chat's language first, each once."""
    groups = [ENGLISH, "zh"] if lang == ENGLISH else ["zh", ENGLISH]
    order: dict[str, str] = {}
    for group in groups:
        for rid in corpus.playable(group):
            order.setdefault(rid, ENGLISH if group == ENGLISH else lang)
    return list(order.items())


def list_pages(corpus: Corpus, lang: str) -> int:
    return max(1, -(-len(list_order(corpus, lang)) // LIST_PAGE))


def list_keyboard(corpus: Corpus, lang: str, page: int) -> Keyboard:
    """Page `page` (from 1) of /list's keyboard: a routine a tap starts, two a row, and ◀ ▶."""
    ids = list_order(corpus, lang)
    pages = list_pages(corpus, lang)
    page = min(max(page, 1), pages)
    shown = ids[(page - 1) * LIST_PAGE : page * LIST_PAGE]
    buttons = [
        Button(corpus.routines[rid].title.in_(shown_in), PRANK, (rid,), keep=True)
        for rid, shown_in in shown
    ]
    rows: list[tuple[Button, ...]] = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    if pages > 1:
        nav: list[Button] = []
        if page > 1:
            nav.append(Button(f"◀ {page - 1}/{pages}", LIST, (str(page - 1),)))
        if page < pages:
            nav.append(Button(f"{page + 1}/{pages} ▶", LIST, (str(page + 1),)))
        rows.append(tuple(nav))
    return tuple(rows)


def flat(keyboard: Keyboard) -> Sequence[Button]:
    return [button for row in keyboard for button in row]
