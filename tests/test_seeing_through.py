"""Naming the trick is seeing through it: the `trick` intent's default route, mention frames
(要我说, "want me to say"), and a self-correction never taking back a part that names the trick."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, GIVE_AWAY, Corpus, load_lexicon, parse_corpus
from understanding.matcher import Branch, Matcher

LEXICON = load_lexicon(DEFAULT_LEXICON)

CORPUS = parse_corpus(
    """
routines:
  - id: knives
    title: {zh: 十把刀, en: Ten knives}
    give_away: {zh: [占我便宜], en: [you want to be my dad]}
    saw_through_reply: {zh: 识破了。, en: Rumbled.}
    states:
      ask:
        say: {zh: 还剩几把？, en: How many are left?}
        answers:
          - id: eight
            number: 8
            match: {zh: [八把, 爸爸], en: [eight]}
            reply: {zh: 乖儿子。, en: Son.}
        otherwise:
          reveal: {zh: 八把。, en: Eight.}
  - id: toaster
    title: {en: Toast}
    plays: [en]
    give_away: {en: [bread goes in]}
    states:
      ask:
        say: {en: What do you put in a toaster?}
        answers:
          - id: toast
            match: {en: [toast]}
            reply: {en: Bread goes in!}
          - id: bread
            saw_through: true
            match: {en: [bread]}
            reply: {en: Correct.}
        otherwise:
          reveal: {en: Bread.}
  - id: warm-up
    title: {en: Warm-up}
    plays: [en]
    states:
      first:
        say: {en: Which is heavier?}
        answers:
          - id: steel
            match: {en: [steel]}
            goto: second
        otherwise:
          reveal: {en: The same.}
      second:
        give_away: {en: [a kilo is more]}
        intents: {trick: otherwise}
        say: {en: And now?}
        answers:
          - id: feathers
            match: {en: [feathers]}
            reply: {en: Right.}
        otherwise:
          reveal: {en: Feathers.}
  - id: fridge
    title: {en: Fridge}
    plays: [en]
    give_away: {en: [the crocodiles are at the meeting]}
    states:
      steps:
        say: {en: How many steps to put an elephant in a fridge?}
        answers:
          - id: three
            number: 3
            goto: river
          - id: four
            number: 4
            reply: {en: "Three, silly."}
        otherwise:
          reveal: {en: Three.}
      river:
        say: {en: How do you cross the river?}
        answers:
          - id: swim
            match: {en: [swim]}
            reply: {en: Right.}
        otherwise:
          reveal: {en: Swim.}
  - id: silk
    title: {en: Silk}
    plays: [en]
    give_away: {en: [cows drink water]}
    states:
      repeat:
        give_away: {en: [what cows drink]}
        say: {en: "Say silk five times, will you?"}
        answers:
          - id: agrees  # a yes and "i know" go on alike: one answer
            intent: "yes"
            match: {en: [i know]}
            reply: {en: "Sure you do."}
            goto: ask
        otherwise:
          reveal: {en: Another time.}
      ask:
        say: {en: What do cows drink?}
        answers:
          - id: milk
            match: {en: [milk]}
            reply: {en: Water!}
          - id: water
            saw_through: true
            match: {en: [water]}
            reply: {en: Right.}
          - id: nothing
            saw_through: true
            number: 0
            match: {en: [nothing]}
            reply: {en: Fair.}
        otherwise:
          reveal: {en: Water.}
"""
)


def understood(routine: str, state: str, text: str) -> str | None:
    match = CORPUS.routines[routine].states[state].understand(text)
    return match.branch_id


@pytest.mark.parametrize(
    "typed",
    ["想骗我", "別想騙我", "not falling for it", "i know this trick", "老梗", "係咪想我講爸爸呀 唔玩",
     "是要我說八把嗎？想騙我叫爸爸喔", "想得美", "i know where this is going", "not biting"],
)  # fmt: skip
def test_the_trick_intent_goes_to_the_give_away_where_no_answer_takes_it(typed: str) -> None:
    assert understood("knives", "ask", typed) == GIVE_AWAY


def test_the_trick_intent_goes_to_the_give_away_where_there_is_one() -> None:
    """Its reply fits someone who named the trick; a sharp answer's reply may praise an
    answer they never gave. Without a give-away, the answer that sees through it."""
    assert understood("toaster", "ask", "you want me to say toast dont you") == GIVE_AWAY
    assert understood("toaster", "ask", "nice try") == GIVE_AWAY
    assert understood("toaster", "ask", "bread") == "bread"


def test_a_state_without_a_give_away_or_its_intents_key_keeps_the_trick_to_itself() -> None:
    assert understood("warm-up", "first", "nice try") is None  # a warm-up: the reveal
    assert understood("warm-up", "second", "nice try") is None  # intents: {trick: otherwise}
    assert understood("warm-up", "second", "a kilo is more") == GIVE_AWAY


def test_a_trick_word_beside_a_warm_up_answered_lets_it_go_on() -> None:
    """A `trick` word names the kind of joke, not this one's punchline: the warm-up answered
    goes on. Beside an answer that ends the routine, or with a give-away phrase, it sees
    through (content/README.md, "When an answer names the trick and answers too")."""
    assert understood("fridge", "steps", "old trick, three") == "three"
    assert understood("fridge", "steps", "old trick, four") == GIVE_AWAY
    assert understood("fridge", "steps", "the crocodiles are at the meeting. three") == GIVE_AWAY
    assert understood("fridge", "steps", "old trick") == GIVE_AWAY


def test_a_prediction_or_a_bare_yes_beside_a_trick_word_answers_no_warm_up() -> None:
    """Rule "warm-up answered", narrowed: a prediction names this trick, not its kind, and a
    bare yes (or the question said back) is no answer that goes on."""
    assert understood("silk", "repeat", "ok heard this one") == GIVE_AWAY
    assert understood("silk", "repeat", "then u ask what they drink right") == GIVE_AWAY
    assert understood("silk", "repeat", "ok") == "agrees"
    assert understood("silk", "repeat", "i know this one") == "agrees"  # knows the answer
    # an answer inside a trick word about the asker's next move is the trick word's
    assert understood("silk", "repeat", "i know what youre doing") == GIVE_AWAY


def test_of_two_sharp_answers_beside_a_give_away_the_one_said_first() -> None:
    assert understood("silk", "ask", "0 lol. cows drink water") == "nothing"
    assert understood("silk", "ask", "nothing lol. cows drink water") == "nothing"
    assert understood("silk", "ask", "water. cows drink water") == "water"


EIGHT = Matcher(
    [Branch("eight", ("八把", "爸爸", "eight"), number="8"), Branch("toast", ("toast",)),
     Branch("love", ("i love you", "爱你")), Branch("no", intents=("no",)),
     Branch("seen", intents=("trick",))],
    ["还剩几把？", "How many are left?"],
    lexicon=LEXICON,
)  # fmt: skip


@pytest.mark.parametrize(
    "typed",
    ["是要我说八把吗", "是要我說八把嗎？", "你想我說爸爸", "係咪想我講爸爸呀", "想我叫你爸爸咩",
     "是要我說 I love you 嗎？", "你想我講I love you", "是要我打「你是我的爸爸」嗎？不要",
     "you want me to say eight dont you", "youll just say eight", "you're gonna say toast",
     "trying to make me say eight huh"],
)  # fmt: skip
def test_what_follows_a_mention_frame_is_mentioned_not_said(typed: str) -> None:
    match = EIGHT.match(typed)
    assert match.branch_id == "seen", match.explain()
    assert "mentioned, not said" in match.explain() or "爸爸" in match.explain()


@pytest.mark.parametrize(
    ("typed", "branch"),
    [("你想我说什么", None), ("what do you want me to say? eight", "eight"),
     ("你不想我说八把", None),  # said, not mentioned: a no and an 8, torn (the safe path)
     ("要我说，是八把", "eight"), ("要我说就是八把", "eight"), ("i was gonna say eight", "eight"),
     ("想我说呀", None)],
)  # fmt: skip
def test_a_negated_frame_or_a_question_about_saying_mentions_nothing(
    typed: str, branch: str | None
) -> None:
    match = EIGHT.match(typed)
    assert match.branch_id == branch, match.explain()
    assert "mentioned, not said" not in match.explain()


@pytest.mark.parametrize(
    "typed",
    ["是要我说八把吗？我才不当你儿子", "是要我說八把嗎？想騙我叫爸爸喔", "想当我爸？做梦"],
)
def test_a_self_correction_never_takes_back_a_part_that_names_the_trick(typed: str) -> None:
    match = EIGHT.match(typed)
    assert match.branch_id == "seen", match.explain()
    assert "corrected" not in match.explain()


def test_a_correction_after_a_plain_first_answer_still_counts() -> None:
    assert EIGHT.match("十把？不对，八把").branch_id == "eight"


@pytest.mark.parametrize("typed", ["你想干嘛", "又来", "is this a trick", "what's the catch"])
def test_suspecting_a_trick_is_not_naming_it(typed: str) -> None:
    assert understood("knives", "ask", typed) is None
    assert EIGHT.match(typed).branch_id is None


def test_naming_the_trick_gets_the_routines_saw_through_line_not_a_sharp_answers(
    corpus: Corpus,
) -> None:
    """A new user: "I know this one, it is a trick" was told "All twelve. Correct!", an
    answer they never gave. Naming the trick goes to the give-away, whose reply fits."""
    state = corpus.routines["months-28-days"].states["ask"]
    answer = state.recognise("I know this one, it is a trick")
    assert answer is not None and answer.give_away and answer.outcome == "saw_through"
    assert answer.reply == state.saw_through_reply


def test_a_prediction_beside_a_counted_answer_sees_through_in_the_shipped_corpus(
    corpus: Corpus,
) -> None:
    """Rule "warm-up answered", narrowed: a mention frame (一定要说 …) predicts this trick, so
    the give-away wins over the 一 of 等一下 that a warm-up's regex counts as a guess."""
    state = corpus.routines["guess-my-age"].states["ask"]
    assert state.understand("不猜，你等一下一定要說你比我大一輩").branch_id == GIVE_AWAY
