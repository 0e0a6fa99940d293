"""Rule "the veto switch" (bot/content/reading.veto_switch, docs/stat22.md): where the second
opinion vetoes the rules' branch for a way of seeing through the trick, and leads the branch
and otherwise by 1.25 nats a known feature each, its label is taken instead of the safe path.
The shipped models (in-sample: each answer below is in the tuning sets it learns from)."""

from __future__ import annotations

import re

import pytest

from bot.content import reading
from bot.content.corpus import Corpus
from understanding.second_opinion import Doubt, SecondOpinion

# (routine, state, answer, the rules' branch, the label taken): round 21's writers, each
# vetoed to the safe path before, each read by stat22 held out as its writer meant it
RESCUED = [
    ("houyi-moon", "ask", "我打咗五次月亮你就想我衝口答月亮，冇咁易", "moon", "saw_through"),
    (
        "pig-ran-away",
        "ask",
        "Because the pig's the one sittin here reading it, huh? Cheeky!",
        "dont_know",
        "saw_through",
    ),
    # a branch that sees through it, not the give-away: the answer's own reply
    ("inedible-melon", "retry", "你日日照鏡先見到傻瓜，我見到嘅係老闆", "fool", "sees_through"),
]


@pytest.mark.parametrize(("routine", "state", "text", "rules", "taken"), RESCUED)
def test_a_veto_for_seeing_through_it_by_far_takes_that_reading(
    corpus: Corpus, routine: str, state: str, text: str, rules: str, taken: str
) -> None:
    here = corpus.routines[routine].states[state]
    assert here.understand(text).branch_id == rules
    found = reading.verdict(here, text)
    assert found.branch_id == taken and not found.doubted
    assert found.switched.startswith(f"{rules}, but the second opinion reads {taken}")
    assert found.explain().startswith(f"{taken}: the rules reached {rules}, but")
    answer = here.recognise(text)
    assert answer is not None and answer.sees_through


# (routine, state, answer, the rules' branch): vetoed, the label a way of seeing through it, but
# it leads otherwise (the first) by less than 1.25 nats a known feature or the rules' branch (the
# second and third) by less than 1.5: the safe path stays (the leads stat21 and stat22 read as a
# wrong take's). verdicts30enplain: "Classic. A kilo is a kilo, I'm not falling for this one"
# is the give-away now (the riddle said known beside its answer), no veto: another writer's
# remark beside the same answer stands in for it
LEFT_TO_THE_SAFE_PATH = [
    ("compliment-game", "ask", "你想我讚你啫 冇咁大把米", "compliment"),
    ("ten-knives", "ask", "十減二...八 八把 八把...爸爸？？484在騙我 差點", "eight"),
    (
        "feathers-steel",
        "kilo",
        "y'all this one's older than my granny, they weigh the same",
        "same",
    ),
]


@pytest.mark.parametrize(("routine", "state", "text", "rules"), LEFT_TO_THE_SAFE_PATH)
def test_a_veto_for_seeing_through_it_by_less_keeps_the_safe_path(
    corpus: Corpus, routine: str, state: str, text: str, rules: str
) -> None:
    here = corpus.routines[routine].states[state]
    opinion = here.opinion
    assert isinstance(opinion, SecondOpinion)
    understood = here.understand(text)
    assert understood.branch_id == rules
    doubt = opinion.doubt(text, rules, reading.same_as(here, understood))
    assert doubt is not None and doubt.label in here.sharp_labels  # what the switch weighs
    found = reading.verdict(here, text)
    assert found.branch_id is None and not found.switched
    assert found.doubted.startswith(f"{rules}, but the second opinion reads {doubt.label}")


def test_a_veto_for_another_reading_keeps_the_safe_path(corpus: Corpus) -> None:
    # The model reads otherwise (no way of seeing through it) in an answer about something
    # else holding the branch's words: the veto's safe path, never a switch
    state = corpus.routines["one-and-three"].states["ask"]
    text = "Between one and three is my salary and my EMI :("
    found = reading.verdict(state, text)
    assert found.branch_id is None and found.doubted and not found.switched


# stat23: the explanation shows the two leads the switch weighed (nats a known feature, over
# the rules' branch and over the safe path), so a sharp label left to the safe path says why
_LEADS = re.compile(r"leading the rules' branch by (\d+\.\d\d) and the safe path by (\d+\.\d\d)")


@pytest.mark.parametrize(("routine", "state", "text", "rules", "taken"), RESCUED)
def test_a_switch_explains_the_leads_it_took_by(
    corpus: Corpus, routine: str, state: str, text: str, rules: str, taken: str
) -> None:
    found = reading.verdict(corpus.routines[routine].states[state], text)
    leads = _LEADS.search(found.switched)
    assert leads is not None, found.switched
    over_reached, over_safe = (float(lead) for lead in leads.groups())
    assert over_reached >= reading.SWITCH_MIN_LEAD_OVER_REACHED
    assert over_safe >= reading.SWITCH_MIN_LEAD


@pytest.mark.parametrize(("routine", "state", "text", "rules"), LEFT_TO_THE_SAFE_PATH)
def test_a_veto_left_to_the_safe_path_explains_the_lead_short_of_a_switch(
    corpus: Corpus, routine: str, state: str, text: str, rules: str
) -> None:
    found = reading.verdict(corpus.routines[routine].states[state], text)
    leads = _LEADS.search(found.doubted)
    assert leads is not None, found.doubted
    over_reached, over_safe = (float(lead) for lead in leads.groups())
    assert (
        over_reached < reading.SWITCH_MIN_LEAD_OVER_REACHED or over_safe < reading.SWITCH_MIN_LEAD
    )


@pytest.mark.parametrize(
    ("lead", "lead_safe", "taken"),
    [
        (1.6, 1.3, "saw_through"),
        (1.6, None, "saw_through"),  # otherwise no label of the model: only B's lead weighed
        (1.4, 1.3, None),  # round 24: the lead over B needs 1.5 (docs/stat24.md)
        (1.6, 1.2, None),
    ],
)
def test_the_switch_reads_the_veto_s_own_leads(
    corpus: Corpus, lead: float, lead_safe: float | None, taken: str | None
) -> None:
    state = corpus.routines["houyi-moon"].states["ask"]
    doubt = Doubt("saw_through", 1.0, [], lead, lead_safe)
    assert reading.veto_switch(state, "moon", doubt) == taken
