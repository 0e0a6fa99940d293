"""dial12en: Scots "wan" (one) and "ma" (my), "whit's" and "hoose" kept from the slip
corrector, Singlish particle "one lah" and "never" (didn't), with wordings of our own."""

from bot.content.corpus import DEFAULT_LEXICON, load_lexicon
from understanding import text
from understanding.text import fold

LEXICON = load_lexicon(DEFAULT_LEXICON)


def _words(answer: str) -> list[str]:
    return [word for texts, _ in text.clauses(fold(answer, LEXICON), LEXICON) for word in texts]


def test_scots_wan_after_this_is_one() -> None:
    assert "one" in _words("och ah ken that wan fine")
    assert "want" not in _words("och ah ken that wan fine")


def test_scots_ma_da_is_my_dad() -> None:
    words = _words("ye are no ma da pal")
    assert words[-3:-1] == ["my", "dad"]


def test_scots_whits_is_what_is() -> None:
    assert _words("whits that in the hoose")[:2] == ["what", "is"]


def test_singlish_one_lah_is_a_particle() -> None:
    assert "one" not in _words("sure got water one lah")


def test_singlish_door_never_open_is_didnt() -> None:
    assert "didnt" in _words("gate never open lah")


def test_must_stay() -> None:
    assert _words("no") == ["no"]
    assert "one" in _words("only one lah")
    assert "one" in _words("one lah")
    assert "never" in _words("i will never do that")
    assert "want" in _words("i wan go home")
