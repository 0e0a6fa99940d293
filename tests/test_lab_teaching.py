"""The lab teaches: what each setting means, and why a run that did not learn failed."""

from __future__ import annotations

import random
import string

import pytest

from bot.conversation.commands import Picture, Registry, Say, Status
from bot.conversation.engine import Engine
from bot.i18n.catalogue import CATALOGUE, say
from bot.lab.diagnosis import diagnose
from bot.lab.gates import learned, train_gate
from bot.lab.service import Lab
from bot.lab.spec import TrainSpec, UsageError, parse_predict, parse_train
from bot.storage import Storage
from nn.network import Network
from tests.support.conversation import private_request


def history_of(spec: TrainSpec, seed: int = 0) -> tuple[bool, list[float]]:
    net, history = train_gate(
        spec.gate, spec.epochs, spec.learning_rate, spec.hidden, spec.activation, seed
    )
    return learned(net, spec.gate), history


def keys(lines: list[tuple[str, dict]]) -> list[str]:
    return [key for key, _ in lines]


# -- why a run failed: one case each, on real training curves ----------------------------------


@pytest.mark.parametrize("gate", ["xor", "xnor"])
def test_one_hidden_neuron_cannot_draw_xor(gate: str) -> None:
    spec = TrainSpec(gate, hidden=1)
    ok, history = history_of(spec)
    assert not ok
    why = diagnose(spec, history)
    assert why == [("why_one_neuron", {"gate": gate.upper()})]
    assert "hidden=3" in say("why_one_neuron", "en", gate="XOR")


def test_one_hidden_neuron_is_no_excuse_for_and() -> None:
    """AND is one straight line: with one neuron it is not told it needs two."""
    _, history = history_of(TrainSpec("and", epochs=3, hidden=1))
    assert "why_one_neuron" not in keys(diagnose(TrainSpec("and", epochs=3, hidden=1), history))


def test_a_linear_activation_cannot_bend() -> None:
    spec = TrainSpec("xor", activation="linear")
    ok, history = history_of(spec)
    assert not ok
    assert keys(diagnose(spec, history)) == ["why_linear"]


def test_a_linear_network_still_learns_and_and_is_saved() -> None:
    """activation=linear is a real choice: AND needs no bend, and the network saves."""
    net, _ = train_gate("and", epochs=300, activation="linear", seed=0)
    assert learned(net, "and")
    assert learned(Network.from_bytes(net.to_bytes()), "and")
    assert parse_train(["activation=linear"]).activation == "linear"


@pytest.mark.parametrize("lr", [10.0, 3.0])
def test_a_learning_rate_too_high_jumps_over_the_answer(lr: float) -> None:
    spec = TrainSpec(learning_rate=lr)
    ok, history = history_of(spec, seed=1)
    assert not ok
    assert diagnose(spec, history) == [("why_lr_high", {"lr": lr})]


def test_a_diverged_run_is_told_its_learning_rate_was_too_high() -> None:
    spec = TrainSpec(learning_rate=10.0)
    assert keys(diagnose(spec, [0.7, 5.0, float("nan")], diverged=True)) == ["why_lr_high"]


def test_a_learning_rate_too_low_crawls() -> None:
    spec = TrainSpec(learning_rate=0.001)
    ok, history = history_of(spec)
    assert not ok
    assert diagnose(spec, history) == [("why_lr_low", {"lr": 0.001, "good": 0.1})]


@pytest.mark.parametrize(
    ("epochs", "lr", "more"), [(5, 0.1, 100), (20, 0.1, 100), (120, 0.01, 480)]
)
def test_too_few_epochs_while_the_error_still_falls(epochs: int, lr: float, more: int) -> None:
    spec = TrainSpec(epochs=epochs, learning_rate=lr)
    ok, history = history_of(spec, seed=1)
    assert not ok
    assert diagnose(spec, history) == [("why_few_epochs", {"epochs": epochs, "more": more})]


def test_more_epochs_are_never_suggested_past_the_limit() -> None:
    spec = TrainSpec(epochs=100)
    falling = [1.0 - i / 200 for i in range(100)]
    assert diagnose(spec, falling, max_epochs=300) == [
        ("why_few_epochs", {"epochs": 100, "more": 300})
    ]
    assert keys(diagnose(spec, falling, max_epochs=100)) == ["why_stuck"]


def test_a_run_stuck_on_a_flat_error_is_told_to_train_again() -> None:
    assert keys(diagnose(TrainSpec(), [0.7] * 50 + [0.4777] * 50)) == ["why_stuck"]


def test_a_stopped_or_timed_out_run_says_so() -> None:
    assert keys(diagnose(TrainSpec(), [0.7], stopped=True)) == ["why_stopped"]
    assert keys(diagnose(TrainSpec(), [0.7], stopped=True, timed_out=True)) == ["why_timed_out"]


# -- the words -----------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_line_has_both_languages_with_the_same_placeholders() -> None:
    for key, text in CATALOGUE.items():
        assert text.zh and text.en, key
        assert placeholders(text.zh) == placeholders(text.en), key


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["epoch: one pass", "lr (learning rate)", "hidden:", "activation:"]),
        (
            "zh",
            ["epoch（训练轮数）", "lr（学习率）", "hidden（隐藏神经元）", "activation（激活函数）"],
        ),
        ("zh-hant", ["lr（學習率）", "hidden（隱藏神經元）"]),
    ],
)
def test_trains_usage_says_what_each_setting_means(lang: str, words: list[str]) -> None:
    with pytest.raises(UsageError) as error:
        parse_train(["help"])
    text = error.value.text(lang)
    assert all(w in text for w in words), text
    assert "/train help" in Lab.train.__command__.help.in_(lang)  # type: ignore[attr-defined]


def test_help_explains_the_lab_and_why_a_prank_bot_has_one(engine: Engine, tmp_path) -> None:
    storage = Storage(tmp_path / "lab.sqlite3")
    try:
        engine.commands = Registry(engine, Lab(storage))
        for lang, words in (
            ("en", ["epoch: one pass", "Omar Aflak", "Math Neural Network from scratch"]),
            ("zh", ["lr（学习率）", "Omar Aflak", "Math Neural Network from scratch in Python"]),
        ):
            text = engine.help_text(lang)
            assert all(w in text for w in words), text
            assert len(text) < 4096  # one Telegram message
    finally:
        storage.close()


# -- through the lab ----------------------------------------------------------------------------


class Chat:
    def __init__(self, lab: Lab, chat_id: int = 5, lang: str = "en") -> None:
        self.lab, self.chat_id, self.lang = lab, chat_id, lang

    async def run(self, command: str, *args: str, user: int = 1) -> list[object]:
        request = private_request(self.chat_id, user, list(args), self.lang)
        return [event async for event in getattr(self.lab, command)(request)]


def final(events: list[object]) -> str:
    return [e for e in events if isinstance(e, Status)][-1].text


@pytest.mark.parametrize(
    ("lang", "why"),
    [
        ("en", "Why: one hidden neuron draws one straight line, and XOR needs two"),
        ("zh", "为什么：一个隐藏神经元只能画一条直线，而 XOR 要两条线"),
    ],
)
@pytest.mark.slow
async def test_a_failed_run_says_why_and_what_to_try(tmp_path, lang: str, why: str) -> None:
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    try:
        events = await Chat(lab, lang=lang).run("train", "xor", "hidden=1")
        assert why in final(events) and "hidden=3" in final(events)
        picture = events[-1]
        assert isinstance(picture, Picture) and why in picture.caption
        assert len(picture.caption) <= 1024
    finally:
        lab.close()
        storage.close()


@pytest.mark.slow
async def test_xor_after_a_network_that_did_not_learn_trains_again(tmp_path) -> None:
    """Breakage: /xor showed the failed network again instead of training one that learns."""
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    chat = Chat(lab)
    try:
        failed = await chat.run("train", "xor", "hidden=1")
        assert "not learned yet" in final(failed)
        again = await chat.run("xor", user=2)
        assert any(isinstance(e, Status) and "Training XOR" in e.text for e in again)
        assert isinstance(again[-1], Picture) and "learned ✅" in again[-1].caption
        shown = await chat.run("xor", user=3)  # now it learned: shown, not retrained
        assert len(shown) == 1 and isinstance(shown[0], Picture)
    finally:
        lab.close()
        storage.close()


async def test_train_help_shows_the_usage_and_trains_nothing(tmp_path) -> None:
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    try:
        said = await Chat(lab).run("train", "help")
        assert len(said) == 1 and isinstance(said[0], Say) and "Usage: /train" in said[0].text
        assert lab._trainer is None  # no worker started
    finally:
        lab.close()
        storage.close()


def test_seeds_do_not_matter_for_the_one_neuron_rule() -> None:
    for seed in random.Random(0).sample(range(1000), 5):
        spec = TrainSpec(hidden=1)
        ok, history = history_of(spec, seed)
        assert not ok and keys(diagnose(spec, history)) == ["why_one_neuron"], seed


@pytest.mark.parametrize(
    ("args", "spec"),
    [
        (["xor", "epochs＝500"], TrainSpec(epochs=500)),  # full-width =, as a Chinese keyboard
        (["xor", "epochs", "500"], TrainSpec(epochs=500)),  # "key value"
        (["epochs:", "500"], TrainSpec(epochs=500)),
        (["epochs", "=", "500"], TrainSpec(epochs=500)),  # spaces around "=" (review14)
        (["lr", "＝", "0,5"], TrainSpec(learning_rate=0.5)),
        (["lr=0,5"], TrainSpec(learning_rate=0.5)),  # a decimal comma
        (["ｌｒ＝０，５", "hidden", "４"], TrainSpec(learning_rate=0.5, hidden=4)),
        (["epochs=1,000"], TrainSpec(epochs=1000)),
    ],
)
def test_train_reads_settings_as_people_type_them(args: list[str], spec: TrainSpec) -> None:
    assert parse_train(args) == spec


def test_a_train_error_quotes_what_was_typed_with_the_one_relevant_line() -> None:
    """Not "epochs= won't do" for "epochs abc", and not the whole seven-line usage."""
    for args, typed, term in (
        (["epochs", "abc"], "“epochs abc”", "epoch: one pass"),
        (["hidden=0"], "“hidden=0”", "hidden: how many"),
        (["lr=99"], "“lr=99”", "lr (learning rate)"),
        (["banana"], "“banana”", "Usage: /train"),
    ):
        with pytest.raises(UsageError) as error:
            parse_train(args)
        text = error.value.text("en")
        assert typed in text and term in text and len(text.splitlines()) == 2, text


@pytest.mark.parametrize("args", [["1，0"], ["１", "０"], ["1,0"], ["1,", "0"], ["1", "0"]])
def test_predict_reads_two_numbers_as_typed(args: list[str]) -> None:
    assert parse_predict(args) == (1.0, 0.0)
    assert parse_predict(["0,5", "1"]) == (0.5, 1.0)


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_the_result_table_lines_up_by_display_width(lang: str) -> None:
    """Under 目標 (two columns a character) the bars stand where the header's do."""
    from bot.lab.service import display_width, result_text

    text = result_text(TrainSpec(), [0.0009, 0.9995, 0.9982, 0.0012], 0.001, True, lang)
    rows = [line for line in text.splitlines() if "|" in line]
    assert len(rows) == 5
    bars = {tuple(display_width(row[:i]) for i, ch in enumerate(row) if ch == "|") for row in rows}
    assert len(bars) == 1, rows


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("e\u0301", 1),  # é as e and a combining acute: one column
        ("目\u0300標", 4),  # a combining mark on a wide character adds nothing
        ("a\u200bb", 2),  # a zero-width space (format character) takes no column
        ("\u2067目標\u2069", 4),  # bidi isolates around a header take none either
        ("a\x00\tb", 2),  # control characters are not drawn
    ],
)
def test_display_width_counts_only_what_is_drawn(text: str, width: int) -> None:
    """Combining marks, format and control characters take no column, so a header or a
    cell holding them does not push its bars out of line."""
    from bot.lab.service import display_width, table

    assert display_width(text) == width
    lines = table([text, "x"], [["0", "1"]])
    bars = {display_width(line[: line.index("|")]) for line in lines}
    assert len(bars) == 1, lines


def test_thousands_mean_thousands_in_every_setting() -> None:
    """Thousands: "1,000" is one thousand for lr as for epochs (out of lr's range: refused,
    quoted), not a silent lr=1 beside epochs=1000 in the same command; a decimal comma after
    a 0, or before other than three digits, is still a point (red team 14)."""
    for typed in ("lr=1,000", "lr=10,000", "lr=2,500"):
        with pytest.raises(UsageError) as error:
            parse_train(["epochs=1,000", typed])
        assert f"“{typed}”" in error.value.text("en")
    for typed, lr in (("lr=0,001", 0.001), ("lr=0,500", 0.5), ("lr=٠,٥٠٠", 0.5), ("lr=2,5", 2.5)):
        assert parse_train([typed]).learning_rate == lr, typed


def test_every_bad_setting_of_train_is_reported_not_only_the_first() -> None:
    """/train xor epochs=99999999999999 lr=abc named the epochs alone: one more /train, and
    then the learning rate. Both are said, each with its range."""
    with pytest.raises(UsageError) as raised:
        parse_train(["xor", "epochs=99999999999999", "lr=abc"])
    said = raised.value.text("en")
    assert "99999999999999" in said and "abc" in said, said
    keys = [key for key, _ in raised.value.lines]
    assert keys.count("train_bad_value") == 2, keys
