"""Rule "a refusal is not vetoed toward an assent" (bot/content/reading.py, docs/stat24.md):
where the rules reached a refusal to play (a branch that ends refused) and the second opinion
reads a branch that assents, the refusal stands. The shipped models (in-sample: the model
learned from the tuning sets; without the rule it vetoes each answer below toward agrees)."""

from __future__ import annotations

import pytest

from bot.content import reading
from bot.content.corpus import REFUSED, Corpus

# (routine, state, answer): a refusal said granting first that one could; the model, reading
# the granting's letters, reads agrees (P 1.0000, in-sample, without the rule)
GRANTED_THEN_REFUSED = [
    ("joke-yolk", "repeat", "Could do, but I won't"),  # (round23_final's sh23, on toast)
    ("joke-yolk", "repeat", "i can but i wont 💅"),  # (round19_final, on toast)
    ("joke-yolk", "repeat", "I can but I won't"),
]


@pytest.mark.parametrize(("routine", "state", "text"), GRANTED_THEN_REFUSED)
def test_a_refusal_granting_it_could_stands(
    corpus: Corpus, routine: str, state: str, text: str
) -> None:
    here = corpus.routines[routine].states[state]
    assert here.understand(text).branch_id == "refuses"
    found = reading.verdict(here, text)
    assert found.branch_id == "refuses"
    assert not found.doubted and not found.switched
    answer = here.recognise(text)
    assert answer is not None and answer.outcome == REFUSED


# (routine, state, answer, the rules' branch, the verdict, the model's label): vetoes the rule
# leaves alone. A refusal read as something other than an assent (the talk is about the
# weather; the trick named), and a no (it ends in a fall, no refusal) read as a yes.
STILL_VETOED = [
    (
        "opposite-genius",
        "hot",
        "Whit's hot? No the weather in Edinburgh",
        "refuses",
        None,
        "otherwise",
    ),
    (
        "dad-in-english",
        "dad",
        "我唔講，講咗你又話我叫你",
        "refuses",
        "sees_through",
        "sees_through",
    ),
    ("play-water", "ask", "麻麻地鍾意啦 hea吓泳池都ok", "no", None, "yes"),
]


@pytest.mark.parametrize(("routine", "state", "text", "rules", "given", "read"), STILL_VETOED)
def test_other_vetoes_of_a_refusal_or_a_no_stand(
    corpus: Corpus, routine: str, state: str, text: str, rules: str, given: str | None, read: str
) -> None:
    here = corpus.routines[routine].states[state]
    assert here.understand(text).branch_id == rules
    found = reading.verdict(here, text)
    assert found.branch_id == given
    said = found.doubted or found.switched
    assert said.startswith(f"{rules}, but the second opinion reads {read}")
