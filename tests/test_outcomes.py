"""Outcomes in the corpus: how each answer ends a prank, the give-away, and the checks on them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.content.corpus import (
    CALLED_OFF,
    FELL,
    GIVE_AWAY,
    REFUSED,
    SAW_THROUGH,
    Corpus,
    CorpusError,
    parse_corpus,
)
from bot.content.evaluation import Judged, evaluate, read_rows, report

SAMPLE = textwrap.dedent(
    """\
    routines:
      - id: chase
        title: {zh: 想象, en: Imagine}
        give_away: {zh: [停止想象], en: [stop imagining]}
        saw_through_reply: {zh: 你早知道了。, en: You knew.}
        states:
          ask:
            say: {zh: 你会怎么办？, en: What do you do?}
            give_away: {zh: [别想了], en: [just dont]}
            answers:
              - id: run
                match: {zh: [跑], en: [run]}
                reply: {zh: 停止想象就行。, en: Just stop imagining.}
              - id: wise
                saw_through: true
                match: {zh: [不想象], en: [refuse to imagine]}
                reply: {zh: 聪明。, en: Clever.}
              - id: decline
                intent: refuse
                reply: {zh: 好吧。, en: OK then.}
              - id: declines_with_words
                intent: [refuse, no]
                match: {zh: [不玩], en: [not playing]}
                reply: {zh: 好吧。, en: OK then.}
              - id: stated
                outcome: refused
                match: {zh: [不打], en: [wont type]}
                reply: {zh: 好吧。, en: OK then.}
              - id: more
                match: {zh: [再来], en: [again]}
                goto: again
            otherwise:
              reveal: {zh: 停止想象不就行了。, en: Just stop imagining.}
          again:
            say: {zh: 再来？, en: Again?}
            otherwise:
              outcome: fell
              reveal: {zh: 停止想象。, en: Stop imagining.}
    """
)


@pytest.fixture(scope="module")
def sample() -> Corpus:
    return parse_corpus(SAMPLE, "jokes.yaml")


def answers(corpus: Corpus) -> dict:
    return {a.id: a for a in corpus.routines["chase"].states["ask"].answers}


def test_outcomes_default_by_the_documented_rule(sample: Corpus) -> None:
    found = answers(sample)
    assert found["run"].outcome == FELL
    assert found["wise"].outcome == SAW_THROUGH
    assert found["decline"].outcome == REFUSED  # only refuse: refused
    assert found["declines_with_words"].outcome == FELL  # phrases too: fell unless written
    assert found["more"].outcome is None  # it goes on


def test_an_outcome_key_overrides_the_default(sample: Corpus) -> None:
    assert answers(sample)["stated"].outcome == REFUSED
    corpus = parse_corpus(SAMPLE.replace("outcome: refused", "outcome: saw_through"))
    stated = answers(corpus)["stated"]
    assert stated.outcome == SAW_THROUGH and stated.saw_through


def test_the_reveal_is_called_off_unless_it_lands(sample: Corpus) -> None:
    states = sample.routines["chase"].states
    assert states["ask"].reveal_outcome == CALLED_OFF
    assert states["ask"].outcome(None) == CALLED_OFF
    assert states["again"].reveal_outcome == FELL


@pytest.mark.parametrize(
    ("old", "new", "below", "words"),
    [
        ("outcome: refused", "outcome: won", 0, "unknown outcome 'won'"),
        ("outcome: refused", "outcome: timed_out", 0, "unknown outcome 'timed_out'"),
        (
            "goto: again",
            "goto: again\n            outcome: called_off",
            1,
            "'outcome: called_off' on an answer that goes on",
        ),
        (
            "saw_through: true",
            "saw_through: true\n            outcome: fell",
            1,
            "'saw_through: true' and 'outcome: fell' contradict",
        ),
        (
            "reply: {zh: 好吧。, en: OK then.}\n          - id: declines",
            "reply: {zh: 乖儿子。, en: Gotcha.}\n          - id: declines",
            0,
            "reads as a punchline that got them",
        ),
        ("outcome: fell", "outcome: saw_through", 0, "the reveal's outcome 'saw_through'"),
        (
            "reveal: {zh: 停止想象不就行了。, en: Just stop imagining.}",
            "reveal: {zh: 答对了，停止想象。, en: Correct! Stop imagining.}",
            0,
            "opens with a congratulation",
        ),
        (
            "reveal: {zh: 停止想象不就行了。, en: Just stop imagining.}",
            "reveal: {zh: 说不出来吧？停止想象。, en: Stop imagining.}",
            0,
            "could not answer",
        ),
        (
            "reveal: {zh: 停止想象。, en: Stop imagining.}",
            "reveal: {zh: 没关系，停止想象。, en: Stop imagining.}",
            0,
            "opens by consoling a no ('没关系')",
        ),
        (
            "reveal: {zh: 停止想象。, en: Stop imagining.}",
            'reveal: {zh: 停止想象。, en: "Never mind, stop imagining."}',
            0,
            "opens by consoling a no ('Never mind')",
        ),
        ("[停止想象], en:", "[停止想象, 跑], en:", 0, "give-away '跑' is also answer 'run''s"),
        ("[别想了], en:", "[别想了, 八把], en:", 0, "give-away '八把' holds a number"),
        ("give_away: {zh: [别想了], en: [just dont]}", "give_away: {zh: [别想了]}", 0, "'en'"),
        ("- id: run", "- id: saw_through", 0, "kept for the give-away"),
        ("intent: refuse\n", "intent: dont_know\n", -1, "on a don't-know: write"),
    ],
)
def test_an_ambiguous_ending_is_refused_with_its_line(
    old: str, new: str, below: int, words: str
) -> None:
    """`below`: how many lines under the first line of `old` the problem is."""
    assert old in SAMPLE, old
    line = SAMPLE[: SAMPLE.index(old)].count("\n") + 1 + below
    with pytest.raises(CorpusError) as caught:
        parse_corpus(SAMPLE.replace(old, new, 1), "jokes.yaml")
    message = str(caught.value)
    assert f"jokes.yaml:{line}: " in message and words in message, message


def test_a_dont_know_ending_says_its_outcome_and_only_then_is_no_fall() -> None:
    def unsure(extra: str) -> str:
        return SAMPLE.replace("intent: refuse\n", f"intent: dont_know\n{' ' * 12}{extra}\n", 1)

    for written, outcome in (("called_off", CALLED_OFF), ("fell", FELL)):
        corpus = parse_corpus(unsure(f"outcome: {written}"), "jokes.yaml")
        assert answers(corpus)["decline"].outcome == outcome
    # phrases of its own are more ways of giving up (晕, "dunno"): still a don't-know, whose
    # reply is no fall unless the routine says so (a riddle's answer told to a stumped victim)
    with pytest.raises(CorpusError, match="on a don't-know: write 'outcome:"):
        parse_corpus(unsure("match: {zh: [晕], en: [dunno]}"), "jokes.yaml")
    spoken = parse_corpus(
        unsure(f"match: {{zh: [晕], en: [dunno]}}\n{' ' * 12}outcome: called_off"), "jokes.yaml"
    )
    assert answers(spoken)["decline"].outcome == CALLED_OFF


def test_a_give_away_wins_over_a_branch_and_says_so(sample: Corpus) -> None:
    state = sample.routines["chase"].states["ask"]
    assert state.understand("跑").branch_id == "run"
    found = state.understand("跑，停止想象")  # the routine's give-away beside a fall
    assert found.branch_id == GIVE_AWAY and found.branch is None and found.give_away
    assert "give-away" in found.explain()
    assert state.understand("run, just dont").branch_id == GIVE_AWAY  # the state's own
    answer = state.recognise("I'd run. Or stop imagining")
    assert answer is not None and answer.give_away and answer.outcome == SAW_THROUGH
    assert answer.reply is not None and answer.reply.en == "You knew."
    assert state.saw_through_reply is not None


def test_a_negated_give_away_does_not_count(sample: Corpus) -> None:
    state = sample.routines["chase"].states["ask"]
    assert state.understand("跑，别停止想象").branch_id == "run"
    assert state.understand("run, I can't stop imagining").branch_id == "run"


def test_a_saw_through_answer_beside_the_give_away_keeps_its_reply(sample: Corpus) -> None:
    state = sample.routines["chase"].states["ask"]
    assert state.understand("I refuse to imagine, stop imagining").branch_id == "wise"


def test_without_a_reply_of_its_own_the_give_away_says_the_generic_line() -> None:
    corpus = parse_corpus(
        SAMPLE.replace("    saw_through_reply: {zh: 你早知道了。, en: You knew.}\n", "")
    )
    state = corpus.routines["chase"].states["ask"]
    assert state.saw_through_reply is None
    answer = state.recognise("stop imagining")
    assert answer is not None and answer.give_away and answer.reply is None


def test_every_shipped_routine_names_its_give_away(corpus: Corpus) -> None:
    for routine in corpus.routines.values():
        assert any(state.give_away for state in routine.states.values()), routine.id


def test_shipped_give_aways_see_through_the_tricks(corpus: Corpus) -> None:
    cases = [
        ("imagine-chase", "ask", "just stop imagining"),
        ("my-flaw", "ask", "你缺的是我吧"),
        ("play-water", "ask", "then I'd wash the dishes"),
        ("ten-knives", "ask", "八把=爸爸，想占我便宜"),
    ]
    for rid, sid, text in cases:
        answer = corpus.routines[rid].states[sid].recognise(text)
        assert answer is not None and answer.outcome == SAW_THROUGH, (rid, text)


def test_eval_takes_saw_through_and_prints_the_outcome_mix(sample: Corpus, tmp_path: Path) -> None:
    rows = tmp_path / "rows.tsv"
    rows.write_text(
        "routine\tstate\tlang\tanswer\texpected\n"
        "chase\task\ten\trun, stop imagining\tsaw_through\n"  # right
        "chase\task\ten\trun\tsaw_through\n"  # a branch where the give-away was: wrong
        "chase\task\ten\tstop imagining\trun\n"  # the give-away where a branch was: wrong
        "chase\task\ten\tagain\tmore\n"
        "chase\task\ten\tnot playing\tdeclines_with_words\n"
        "chase\task\ten\tno thanks\tdecline\n"
        "chase\task\ten\thmm\totherwise\n",
        encoding="utf-8",
    )
    tallies = evaluate(sample, read_rows(rows))
    total = tallies["total"]
    assert (total.rows, total.right, total.wrong_punchlines) == (7, 5, 2)
    assert all(isinstance(miss, Judged) for miss in total.misses)
    assert total.mix == {FELL: 2, SAW_THROUGH: 2, REFUSED: 1, CALLED_OFF: 1, "goes_on": 1}
    printed = report(tallies)
    assert "fell saw_through     refused  called_off     goes_on" in printed


def test_a_called_off_reveal_may_say_never_mind_the_bot_withdrawing() -> None:
    never_mind = SAMPLE.replace(
        "reveal: {zh: 停止想象不就行了。, en: Just stop imagining.}",
        "reveal: {zh: 没关系，停止想象不就行了。, en: Never mind. Just stop imagining.}",
    )
    assert never_mind != SAMPLE
    parse_corpus(never_mind, "jokes.yaml")


@pytest.mark.parametrize(
    ("routine", "answer", "outcome"),
    [
        # a riddle's answer told to someone stumped: nobody scores (a new user's /stats
        # counted "不知道" to the word everyone reads wrong as a fall)
        ("misread-char", "不知道", CALLED_OFF),
        ("misread-char", "好难，投降", CALLED_OFF),
        ("cow-tail", "不知道", CALLED_OFF),
        ("ice-to-water", "想不出来", CALLED_OFF),
        ("july-fourth-england", "no clue", CALLED_OFF),
        # the punchline lands on them whatever they know: a fall
        ("pig-ran-away", "不知道", FELL),
        ("guess-my-thoughts", "鬼知道", FELL),
    ],
)
def test_a_shipped_dont_know_scores_only_where_the_punchline_lands(
    corpus: Corpus, routine: str, answer: str, outcome: str
) -> None:
    state = corpus.routines[routine].states["ask"]
    reached = state.recognise(answer)
    assert reached is not None and reached.id == "dont_know"
    assert state.outcome(reached) == outcome
