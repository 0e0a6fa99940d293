"""speed30: two interpreted detours out of the answer step.

- The step's no-attempt check (ops27, where the reveal is the prank) called
  `RoutineState.no_attempt`, an interpreted method whose body imports `bot.content.reading`
  on every call (~2.4 µs of import machinery, `importlib._bootstrap._handle_fromlist`); the
  step now calls `reading.no_attempt` itself, as it calls `reading.recognise`.
- `to_simplified` called `OpenCC.convert`, an interpreted wrapper (a frame, `super()`, the
  text encoded) around the extension's convert(bytes, length); it calls that directly
  (`text._t2s`).

No verdict moves (every tuning row diffed before and after); each test fails where its line
is broken."""

from __future__ import annotations

import random
import sys
from types import FrameType
from typing import Any

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from understanding import text


def _python_calls(work: Any) -> list[str]:
    """The Python functions entered while `work()` runs, as file:name (compiled code enters
    none of its own; the interpreted functions it calls are seen)."""
    entered: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            entered.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return entered


@pytest.mark.parametrize(
    ("lang", "routine", "typed", "why"),
    [
        ("zh", "blood-type", "四步", "no_attempt_off_topic"),
        ("en", "how-many-birthdays", "blah blah blah blah blah", "no_attempt_nonsense"),
    ],
)
def test_the_no_attempt_step_runs_no_import(
    corpus: Corpus, lang: str, routine: str, typed: str, why: str
) -> None:
    """An answer that is no attempt where the reveal is the prank: asked again, saying why
    (ops27), and the step enters neither RoutineState.no_attempt nor the import machinery
    its local import ran on every call."""
    engine = Engine(corpus, random.Random(30))
    mei = Person(30, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine}")
    sent(engine, asked.chat, mei, typed, 5.0)  # (what a first step imports, imported)
    answered: list[Any] = []
    calls = _python_calls(lambda: answered.append(sent(engine, asked.chat, mei, typed, 5.0)))
    state = corpus.routines[routine].states["ask"]
    assert answered[0].replies[0].text.endswith(say(why, lang) + "\n" + state.say.in_(lang))
    assert not [c for c in calls if c.endswith(":no_attempt") and "corpus.py" in c], calls
    assert not [c for c in calls if "importlib" in c], calls


@pytest.mark.parametrize(
    "traditional",
    [
        "唔知喎，係咪八把刀呀",  # Hong Kong, with a character t2s keeps (喎)
        "沈默是金，藉口太多",  # characters changed only inside a phrase
        "我覺得妳說的對😀 yes 8把",  # emoji (four UTF-8 bytes), ASCII, digits
        "𠮷野家的麵",  # a character outside the BMP
        "",
    ],
)
def test_to_simplified_is_what_opencc_convert_gives(traditional: str) -> None:
    """`text._t2s`, the extension's convert called without OpenCC's wrapper, gives what
    `OpenCC.convert` gives (its length is the UTF-8 length, not the text's)."""
    assert text._t2s(traditional) == text._converter().convert(traditional)
    if text._changes(traditional):
        assert text.to_simplified(traditional) == text._converter().convert(traditional)


def test_to_simplified_calls_no_interpreted_wrapper() -> None:
    """A Traditional answer converted enters no Python function of the opencc package."""
    calls = _python_calls(lambda: text._t2s("係咪八把刀呀"))
    assert not [c for c in calls if "opencc" in c], calls
