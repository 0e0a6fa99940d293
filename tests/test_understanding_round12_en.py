"""Round twelve's English pass (rules19en): what the Newcastle tuning writer
(`eval/tuning/round12_writers/nc19.tsv`), round eleven's former final set and round eleven's
writers still got wrong, fixed by kind (content/README.md). Examples written here, not copied
from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- mention frames in Northern English: "us" for "me", "you're after us saying", "ye'll say" ---


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        (
            "months-28-days/ask",
            "aye ye want us to say february, every one has 28 like",
            "all_of_them",
        ),
        ("one-and-three/ask", "youre after me saying two, its and", "and"),
        (
            "shop-green-light/light",
            "all this just to make us say stop, ye go on green",
            "go",
        ),
        ("shop-green-light/light", "trying to make us say stop lol", "saw_through"),
        ("opposite-genius/up", "down, then yell say genius and i say idiot", "saw_through"),
        # "us" as the people it is: no frame, the answer stands
        ("months-28-days/ask", "february, ask any of us", "february"),
    ],
)
def test_mention_frames_with_us(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- one's own people, then a story: "my wife had…", the branch's word in it answers nothing ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/repeat", "my missus wore silk to our wedding", None),
        ("shop-green-light/spell", "wor kid works in a shop down the road", None),
        ("greenhouse-bricks/blue", "mi auntie yard painted blue", None),
        # quoted: what they say is given as the answer
        ("silk-milk/repeat", "my mam says silk silk silk silk silk", "said_it"),
        # the word before the story, or no one of one's own: still the answer
        ("silk-milk/repeat", "silk silk silk silk silk, my wife is laughing at me", "said_it"),
        ("shop-green-light/spell", "s h o p, my wife would laugh at this", "spelled"),
    ],
)
def test_ones_own_people_then_a_story(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- Scots, Irish and Geordie "ye" is "you" before an adverb or a verb of its own ----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "ye lot are mad", None),
        ("play-water/ask", "ye switched the question on me", None),
        ("play-water/ask", "ye always ask me daft things", None),
        # "ye" alone, or before no verb of its own, is still Gen Z's yes
        ("play-water/ask", "ye", "yes"),
    ],
)
def test_ye_before_a_verb_is_you(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- Geordie words as a class: divvent and dinnet (don't), gan (go), gannin, knaa, wor, deed -----


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "gan on then pet", "yes"),
        ("rooster-roof-egg/ask", "cockerels divvent lay nowt", "no_egg"),
        ("widow-sister/ask", "the fella would be deed", "dead"),
        ("play-water/ask", "ye gan to the baths every week do ye", None),
    ],
)
def test_geordie_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the premise denied: "there's no ceiling" where the speaker is, a determiner, not a no -------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("gullible-ceiling/ceiling", "im in the garden mate, there is no ceiling", None),
        ("gullible-ceiling/ceiling", "theres no ceiling here, im on a boat", None),
        # no whereabouts told, or no before another word: still a no
        ("gullible-ceiling/ceiling", "theres no gullible up there", "says_no"),
        ("gullible-ceiling/ceiling", "im in bed. no", "says_no"),
    ],
)
def test_the_premise_denied(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the word asked back, then a choice: "X? A or B" asks what the asker means ------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/repeat", "toast? you peckish or what", None),
        ("shop-green-light/spell", "the shop? tesco or the corner one?", None),
        # the word asked alone, or another guess after "or": still the answer
        ("toast-toaster/repeat", "toast?", "said_it"),
        ("joke-yolk/ask", "white? or the albumen if we are being posh", "white"),
    ],
)
def test_the_word_asked_back_then_a_choice(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick named beside the answer: "near said", "what you were after", "then ill be the" ---


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/ask", "damn near said yolk there", None),
        ("joke-yolk/ask", "yolk... oh thats what you were after", "saw_through"),
        ("bark-for-you/ask", "sure, then ill be the dog at the end i suppose", "saw_through"),
        # near nothing said, or no role predicted: the answer stands
        ("joke-yolk/ask", "yolk", "yolk"),
    ],
)
def test_the_trick_named_beside_the_answer(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- what it is, asked back: "what kind of X" asks which X is meant -----------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("shop-green-light/spell", "what sort of shop, a chippy?", None),
        ("toast-toaster/repeat", "which kind toast you mean", None),
        # the kind asked in one clause, the answer in another: still the answer
        ("shop-green-light/spell", "what kinda question is that. s h o p", "spelled"),
    ],
)
def test_which_kind_asked_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
