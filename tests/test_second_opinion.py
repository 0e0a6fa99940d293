"""The second opinion (understanding/second_opinion.py): its equations, its veto as the bot
acts on it (no punchline where the rules reached a branch the model is sure is not meant), and
its fallback (where the rules reached otherwise, a way of seeing through it the model is
extremely sure of)."""

from __future__ import annotations

import gc
import math
import re
import weakref
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.__main__ import _load
from bot.config import DEFAULT_CONTENT as SHIPPED
from bot.content import reading
from bot.content.corpus import (
    _OWN_WORDS,
    DEFAULT_TUNING,
    GIVE_AWAY,
    OTHERWISE,
    Corpus,
    LabelledAnswers,
    load_corpus,
)
from bot.content.evaluation import Row, judge
from bot.conversation.engine import Engine, Incoming, Reply
from bot.conversation.state import ChatState, Person
from bot.memory import settle
from tests.support import opinion_reference as reference
from tests.support.conversation import handled
from tests.support.opinion_reference import ReferenceOpinion
from understanding.second_opinion import FALLBACK_THRESHOLD, SecondOpinion, english, features

ALICE = Person(1, "Alice", "alice", "en-GB")
# To "what's between one and three?": an answer about something else holding the branch's
# words (a fresh writer's, round 14, labelled otherwise), which the rules take for "and".
ABOUT_SOMETHING_ELSE = "Between one and three is my salary and my EMI :("
PUNCHLINE = 'look closely: it\'s "and"'


def test_the_equations_on_a_hand_computed_example() -> None:
    # Three Chinese answers, one feature each (c:甲, c:乙): N = 3, C = 2, V = 2, α = 0.2.
    opinion = SecondOpinion([("甲", "a"), ("甲", "a"), ("乙", "b")])
    # log P(a) = log 3/5, P(甲|a) = (2 + .2) / (2 + .4); log P(b) = log 2/5, P(甲|b) = .2 / 1.4
    a, b = 0.6 * 2.2 / 2.4, 0.4 * 0.2 / 1.4
    reading = opinion.reading("甲")
    assert reading is not None
    assert reading[0] == "a"
    assert math.isclose(reading[1], a / (a + b))  # 0.90588...
    assert opinion.reading("dog") is None  # no English answers: no model for its script


def test_a_corpus_with_no_labelled_answers_has_no_opinion(tmp_path: Path) -> None:
    # No tuning sets beside the corpus file (as for a routine written with /new): the rules.
    for name in ("jokes.yaml", "lexicon.yaml"):
        (tmp_path / name).write_text((SHIPPED.parent / name).read_text("utf-8"), "utf-8")
    state = load_corpus(tmp_path / "jokes.yaml").routines["one-and-three"].states["ask"]
    assert state.verdict(ABOUT_SOMETHING_ELSE).branch_id == "and"


def test_the_rules_reach_the_branch_the_verdict_withholds_it(corpus: Corpus) -> None:
    state = corpus.routines["one-and-three"].states["ask"]
    assert state.understand(ABOUT_SOMETHING_ELSE).branch_id == "and"  # the rules' verdict
    assert state.verdict(ABOUT_SOMETHING_ELSE).branch_id is None
    assert state.recognise(ABOUT_SOMETHING_ELSE) is None
    # the branch's own words, little more: the guard leaves the rules alone
    assert state.verdict("and").branch_id == "and"


# Rule "a count's doubt needs a count" (docs/veto21.md): to "a giraffe in the fridge: how
# many steps?", the four steps told without a count, in either script, reach `four` by its
# phrase (拿出大象); the model reads `other_steps` in them (P > 0.99: its other_steps rows list
# the same steps beside a count), but `other_steps` is reached only by a count and they hold
# none, so the doubt is no doubt.
STEPS_TOLD = ["打開冰箱，拿出大象，放進長頸鹿，關上", "打开冰箱，拿出大象，放进长颈鹿，关上"]


@pytest.mark.parametrize("steps", STEPS_TOLD)
def test_a_count_branchs_doubt_needs_a_count_in_the_answer(corpus: Corpus, steps: str) -> None:
    state = corpus.routines["elephant-fridge"].states["giraffe"]
    opinion = state.opinion
    assert opinion is not None
    doubt = opinion.doubt(steps, "four", reading.same_as(state, state.understand(steps)))
    assert doubt is not None and doubt.label == "other_steps"  # what the rule overrules
    assert state.verdict(steps).branch_id == "four"


def test_a_count_said_beside_the_steps_is_still_vetoed(corpus: Corpus) -> None:
    # The same steps with a count the rules do not weigh (五步): the doubt stands
    state = corpus.routines["elephant-fridge"].states["giraffe"]
    counted = state.verdict("打开冰箱拿出大象放进长颈鹿关上，五步")
    assert counted.branch_id is None
    assert counted.doubted.startswith("four, but the second opinion reads other_steps")


def test_an_answer_little_more_than_the_branchs_own_words_keeps_the_rules(corpus: Corpus) -> None:
    # The model reads otherwise in "my nightgown" (P > 0.995, margin > 1 nat a feature), but
    # the rules reached `clothing` by its own phrase, the whole answer: the guard keeps it.
    state = corpus.routines["last-thing-off"].states["ask"]
    assert state.verdict("my nightgown").branch_id == "clothing"


def test_a_sentence_about_something_else_gets_no_punchline(engine: Engine) -> None:
    chat = ChatState()
    started = handled(engine, chat, Incoming(ALICE, "/prank one-and-three", 0.0))
    answered = handled(engine, started.chat, Incoming(ALICE, ABOUT_SOMETHING_ELSE, 1.0))
    assert PUNCHLINE not in _said(answered.replies)
    assert answered.chat.pranks, "the prank goes on: the hint, not the punchline"
    landed = handled(engine, answered.chat, Incoming(ALICE, "two", 2.0))
    assert PUNCHLINE in _said(landed.replies)


def test_the_eval_explains_a_veto(corpus: Corpus) -> None:
    row = Row(1, "one-and-three", "ask", "en", ABOUT_SOMETHING_ELSE, "otherwise")
    judged = judge(corpus, row)
    assert judged.got == "otherwise"
    head = judged.explanation.splitlines()[0]
    assert head.startswith("otherwise: the rules reached and, but the second opinion reads")
    # the lead that decided the veto, its margin over the rules' branch (stat23); the model
    # reads otherwise, the safe path itself, so no lead over it is shown
    assert re.search(
        r"\(P 1\.0000\), leading the rules' branch by \d+\.\d\d nats a known "
        r"feature, by '",
        head,
    ), head


# The fallback (bot/content/reading.py, rule "the second opinion's fallback"; docs/stat19.md):
# where the rules reach otherwise, a way of seeing through the trick the model reads extremely
# sure is taken. Round 18's Johannesburg writer, to "which is heavier, a pound of feathers or a
# pound of steel?" after the kilo one (labelled saw_through; the fallback read held out took it).
SWITCHED = "ah you switched it on me, pound aint a kilo, I caught that"


def test_where_the_rules_reach_otherwise_a_sure_sharp_reading_is_taken(corpus: Corpus) -> None:
    state = corpus.routines["feathers-steel"].states["pound"]
    assert state.understand(SWITCHED).branch_id is None  # the rules: the safe path
    found = state.verdict(SWITCHED)
    assert found.branch_id == GIVE_AWAY
    assert state.recognise(SWITCHED) is state.seen_through
    judged = judge(corpus, Row(1, "feathers-steel", "pound", "en", SWITCHED, GIVE_AWAY))
    assert judged.right
    head = judged.explanation.splitlines()[0]
    assert head.startswith("saw_through: the rules reached otherwise, but the second opinion")


def test_the_fallback_leaves_a_question_the_model_only_leans_on_to_the_rules(
    corpus: Corpus,
) -> None:
    """Round 18's Manila writer, labelled otherwise: the model reads `feathers` (a branch
    that sees through it) past P 0.9999999 in 62 features, but leads otherwise by half a nat
    a known feature, not the one the fallback asks: the hint, not a verdict on a question."""
    state = corpus.routines["feathers-steel"].states["pound"]
    text = "wait is a pound more than a kilo? idk"
    assert state.opinion is not None
    label, confidence = state.opinion.reading(text) or ("", 0.0)
    assert label == "feathers" and label in state.sharp_labels
    assert confidence >= FALLBACK_THRESHOLD and len(features(text, english(text))) >= 30
    assert state.understand(text).branch_id is None
    assert state.verdict(text).branch_id is None


def test_the_fallback_never_hands_out_a_punchline(corpus: Corpus) -> None:
    """Sure as it is of a punchline (`fancy_bread`, and rightly: its writer's label), the model
    never reaches one the rules did not: only ways of seeing through the trick are taken.
    (verdicts24enplain: "sourdough slices" is fancy_bread by the rules now, a bread named beside
    plain-bread words; the writer's row torn between "crumpets" and "a slice" stands for it.)"""
    state = corpus.routines["toast-toaster"].states["ask"]
    text = "crumpets if im honest, or a slice of bara brith with loads of butter, lush"
    assert state.opinion is not None
    assert state.opinion.reading(text) == ("fancy_bread", pytest.approx(1.0))
    assert state.understand(text).branch_id is None
    assert state.verdict(text).branch_id is None


def test_the_fallback_takes_no_branch_that_does_not_see_through_it(corpus: Corpus) -> None:
    """Nor a refusal the model reads (`refuses`, no fall: the rules' otherwise there is the
    reveal, and a refusal is the victim's to say in words the rules know)."""
    state = corpus.routines["silk-milk"].states["repeat"]
    # (verdicts25enplain: the rules read "nah not typing that, …" now, the refusal it is;
    # verdicts27endialect: "cbf" too, as "cba"; the excuse alone is one they still do not)
    text = "sorry im on the bus"
    assert state.opinion is not None
    label, confidence = state.opinion.reading(text) or ("", 0.0)
    assert label == "refuses" and confidence >= FALLBACK_THRESHOLD
    assert state.understand(text).branch_id is None
    assert state.verdict(text).branch_id is None


def _said(replies: Sequence[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def test_the_bot_learns_every_opinion_before_any_chat() -> None:
    """Learning a state's opinion takes up to ~0.2 s (its first answer, otherwise): the bot's
    start learns them all, so no victim's answer (and no other chat) waits on it. Then it
    freezes them (gc.freeze: no full collection walks them), and a /reload's settle frees a
    corpus it replaced (frozen objects are never collected: its states are in cycles)."""
    corpus = _load(Path(SHIPPED))
    assert corpus is not None
    try:
        states = [s for r in corpus.routines.values() for s in r.states.values()]
        assert all("opinion" in vars(state) for state in states)
        # and says what, for the start line: a state with labelled answers has an opinion
        assert corpus.labelled is not None and corpus.learned is not None
        answers = corpus.labelled.by_state
        assert sum(state.opinion is not None for state in states) == len(answers) > 100
        said = f"learned {len(answers)} second opinions from {corpus.labelled.count:,} labelled answers"
        assert str(corpus.learned).startswith(said + " in ")
        assert corpus.labelled.count == sum(map(len, answers.values())) > 60_000
        assert gc.get_freeze_count() > 0
        replaced = weakref.ref(states[0])
        del corpus, states, answers
        settle()
        assert replaced() is None
    finally:
        gc.unfreeze()  # (the rest of the tests' process as it was)


def test_a_long_message_is_read_by_its_first_characters_only() -> None:
    """A hostile 4,096-character answer read whole cost ~5 ms a verdict; the models learned
    from answers of at most 157 characters, so the first MAX_READ say all they can read."""
    from understanding.second_opinion import MAX_READ, features

    long = "yes " * 1000 + "toast"
    assert features(long, True) == features(long[:MAX_READ], True)
    assert "w:toast" not in features(long, True)
    assert "c:孙" not in features("八把" * 2000 + "孙悟空", False)


def test_where_the_reveal_is_the_prank_a_veto_never_makes_a_fall_of_a_sharp_eye(
    corpus: Corpus,
) -> None:
    """review16b: where the reveal is the prank, a veto ends in the reveal, a fall. It may not
    turn an answer the rules read as going on (or a refusal, a sharp eye) into a fall when the
    model does not read a fall either: here it reads seeing through ("I know the difference: no
    difference 😂"), which the reveal would have scored as a fall."""
    state = corpus.routines["you-and-pig"].states["ask"]
    # without the turned-back 你同豬 (which the rules read as seeing through since wp25: the
    # asker and a pig), as the rules still read it: knowing
    text = "分別我就知 無分別😂"
    assert state.opinion is not None
    doubt = state.opinion.doubt(text, "claims_to_know", {"claims_to_know"})
    assert doubt is not None and doubt.label == "saw_through"  # the model alone would veto
    assert state.verdict(text).branch_id == "claims_to_know"


def test_where_the_reveal_is_the_prank_a_veto_keeps_a_fall_or_reads_one(corpus: Corpus) -> None:
    """Round 18: a doubt may act where the reveal is the prank when the ending stays a fall (the
    rules' branch is one: the reveal's line fits any answer where the branch's may not) or the
    model reads a fall (a self-correction to "im an idiot" in opposite-genius is a fall, not
    the flip the rules saw first)."""
    water = corpus.routines["play-water"].states["ask"]
    refusal = "不想玩，你自己玩吧我要去睡觉了"
    assert water.understand(refusal).branch_id == "no"  # a fall either way
    assert water.verdict(refusal).branch_id is None
    genius = corpus.routines["opposite-genius"].states["genius"]
    # Learned with round twenty-four's new tuning data, the model no longer doubts the flip in
    # "…wait no, opposite. im an idiot"; the mechanism is pinned on the same correction without
    # "opposite" (that answer's rules reading is a wrong punchline of its own, for the rules)
    corrected = "ur not a genius... wait no, im an idiot"
    assert genius.understand(corrected).branch_id == "flips_it"
    found = genius.verdict(corrected)
    assert found.branch_id is None and "reads fell" in found.doubted


@pytest.mark.slow
def test_the_lean_models_reach_the_first_ones_verdicts_on_every_answer(corpus: Corpus) -> None:
    """Round 17 stores each model lean (rows shared, words interned) and reads an answer by
    kind, skipping one too short to doubt: for every labelled answer of every state, the
    features, the reading (label, P) and the doubt (label, P, deciding features) on the rules'
    verdict are exactly the first representation's (tests/support/opinion_reference.py)."""
    compared, vetoes = _compare_with_the_first(corpus, every=1)
    # (at ac7dfa2: 36,878 answers reaching a branch, 223 doubted; the sets only grow)
    assert compared > 30_000
    assert vetoes > 150


def test_the_lean_models_reach_the_first_ones_verdicts(corpus: Corpus) -> None:
    """The test above on every 8th state (~3 s of CPU, pure Python; all of them ~25 s)."""
    compared, vetoes = _compare_with_the_first(corpus, every=8)
    # (at ac7dfa2: 7,344 answers reaching a branch, 29 doubted)
    assert compared > 5_000
    assert vetoes > 20


def _compare_with_the_first(corpus: Corpus, every: int) -> tuple[int, int]:
    """Every `every`th state's (answers compared that reach a branch, of them doubted)."""
    tuning = DEFAULT_TUNING
    labelled = LabelledAnswers(tuning, corpus.routines).by_state
    compared = vetoes = 0
    states = [
        (r.id, name, state) for r in corpus.routines.values() for name, state in r.states.items()
    ]
    for routine, name, state in states[::every]:
        labels = {OTHERWISE, GIVE_AWAY, *(answer.id for answer in state.answers)}
        pairs = [pair for pair in labelled.get((routine, name), ()) if pair[1] in labels]
        if not pairs:
            continue
        lean, first = SecondOpinion(pairs), ReferenceOpinion(pairs)
        for text, _ in pairs:
            family = english(text)
            assert features(text, family) == reference.features(text, family), text
            assert lean.reading(text) == first.reading(text), text
            found = state.understand(text)
            if found.branch_id is None:
                continue
            hit = found.hit
            own = hit.text if hit is not None and hit.kind in _OWN_WORDS else None
            call = (
                text,
                found.branch_id,
                reading.same_as(state, found),
                own,
                hit is not None and hit.kind == "intent",
            )
            doubt, was = lean.doubt(*call), first.doubt(*call)
            assert (doubt is None) == (was is None), text
            if doubt is not None and was is not None:
                assert (doubt.label, doubt.confidence, doubt.deciding) == (
                    was.label,
                    was.confidence,
                    was.deciding,
                ), text
                vetoes += 1
            compared += 1
    return compared, vetoes


def test_the_count_before_the_features_never_refuses_an_answer_that_holds_them() -> None:
    """The doubt skips an answer whose features are counted too few to doubt (MIN_FEATURES)
    before building any: that count is at least |F(x)| for every labelled answer (all of
    the tuning sets) and for answers that fold longer (NFKC, casefold) or hold no word."""
    from understanding.second_opinion import _read

    texts = [
        text
        for pairs in LabelledAnswers(
            DEFAULT_TUNING, load_corpus(SHIPPED).routines
        ).by_state.values()
        for text, _ in pairs
    ]
    texts += ["Straße straße", "ﬃ ﬃx", "㍿㍿ 株式会社", "!!! ...", "", "a", "a b", "了" * 300]
    for text in texts:
        for family in (True, False):
            held = len(features(text, family))
            assert _read(text, family, held) is not None, (text, family)


def test_what_a_reload_freezes_besides_the_corpus_waits_one_settle_at_most() -> None:
    """settle's gc.freeze() freezes whatever is alive then (a turn in flight at a /reload),
    not only the corpus: a cycle among those objects, let go after, is freed by the next
    settle (bot/memory.py says why a /reload freezes all the same)."""

    class Turn:
        pass

    try:
        in_flight = Turn()
        in_flight.me = in_flight  # type: ignore[attr-defined]  # a cycle, as a task's frame
        gone = weakref.ref(in_flight)
        settle()
        del in_flight
        gc.collect()
        assert gone() is not None  # frozen with the corpus: the collector does not see it
        settle()
        assert gone() is None
    finally:
        gc.unfreeze()
