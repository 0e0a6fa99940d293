"""The network in plain words: what /xor and /train say, and a picture without words."""

from __future__ import annotations

import itertools
import re

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

from bot.conversation.commands import Picture, Say, Status
from bot.lab.gates import train_gate
from bot.lab.plot import draw
from bot.lab.service import Lab, result_text
from bot.lab.spec import TrainSpec
from bot.storage import Storage
from tests.support.conversation import private_request
from tests.support.lines import opening, say


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "learned ✅: it answers 1 when exactly one input is 1"),
        ("zh", "学会了 ✅：恰好一个输入是 1 时它答 1"),
        ("zh-hant", "學會了 ✅：剛好一個輸入是 1 時它答 1"),
        ("zh-hk", "學識咗 ✅：淨係得一個輸入係 1 嘅時候佢答 1"),
    ],
)
def test_a_learned_gate_is_said_in_plain_words(lang: str, words: str) -> None:
    text = result_text(TrainSpec(), [0.01, 0.98, 0.97, 0.02], 0.001, True, lang)
    assert words in text


def test_the_picture_has_no_words_only_numbers_and_symbols() -> None:
    net, history = train_gate("xor", epochs=30, seed=1)
    figure = draw(net, history, "xor")
    try:
        figure.canvas.draw()  # tick labels exist only once drawn
        texts = [t.get_text() for t in figure.findobj(match=Text)]
    finally:
        plt.close(figure)
    letters = set(re.sub(r"\\mathdefault|\\[a-z]+", "", "".join(texts)))
    assert {ch for ch in letters if ch.isalpha()} <= {"A", "B", "E", "t"}, texts


class Chat:
    """Runs lab commands for one chat, collecting what a front end would deliver."""

    def __init__(self, lab: Lab, chat_id: int = 5) -> None:
        self.lab, self.chat_id = lab, chat_id

    async def run(self, command: str, *args: str, user: int = 1) -> list[object]:
        request = private_request(self.chat_id, user, list(args), "en")
        return [event async for event in getattr(self.lab, command)(request)]


@pytest.mark.slow
async def test_a_failed_run_never_replaces_a_network_that_had_learned(tmp_path) -> None:
    """Breakage: a run that learned nothing silently replaced one that had."""
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    chat = Chat(lab)
    try:
        learned = await chat.run("train", "xor")
        assert isinstance(learned[-1], Picture) and opening("learned", "en") in learned[-1].caption
        kept = storage.load_network(5)
        failed = await chat.run("train", "xor", "epochs=1", "lr=0.0001", user=2)
        final = [e for e in failed if isinstance(e, Status)][-1].text
        assert say("not_learned", "en") in final and say("kept_old_network", "en") in final
        assert storage.load_network(5) == kept
        answer = await chat.run("predict", "1", "0", user=3)
        assert isinstance(answer[0], Say) and "rounded 1" in answer[0].text
    finally:
        lab.close()
        storage.close()


@pytest.mark.slow
async def test_progress_reports_come_at_most_once_an_interval(tmp_path) -> None:
    """Breakage: progress edits not throttled (Telegram's edit limits, a flickering chat)."""
    import time

    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1, progress_interval=0.3, max_epochs=100_000_000)
    request = private_request(5, 1, ["epochs=100000000"], "en")
    seen: list[float] = []
    try:
        async for event in lab.train(request):
            if isinstance(event, Status) and event.text.startswith(opening("training", "en")):
                seen.append(time.monotonic())
                if len(seen) == 5:
                    await lab.trainer.stop(5)
    finally:
        lab.close()
        storage.close()
    gaps = [b - a for a, b in itertools.pairwise(seen[1:])]  # the first comes at once
    assert len(seen) >= 5 and min(gaps) >= 0.25, gaps


async def test_predict_refuses_inputs_out_of_range(tmp_path) -> None:
    """Breakage: /predict took any number (1e308 overflowed, nan answered nan)."""
    storage = Storage(tmp_path / "lab.sqlite3")
    storage.save_network(5, b"not read", {"spec": {"gate": "xor"}}, None)
    chat = Chat(Lab(storage, workers=1))
    try:
        for args in (["101", "0"], ["0", "-100.5"], ["nan", "1"], ["1e308", "0"], ["1"]):
            said = await chat.run("predict", *args)
            assert say("predict_usage", "en") in said[0].text, args
    finally:
        chat.lab.close()
        storage.close()


async def test_predict_says_the_network_saw_only_0_and_1(tmp_path) -> None:
    """/predict 2 3 was answered as if the output meant something: the line now says the
    network was trained on 0 and 1 and what its number is; /predict 1 0 says nothing more."""
    storage = Storage(tmp_path / "lab.sqlite3")
    net, _ = train_gate("xor", epochs=5, seed=1)
    storage.save_network(5, net.to_bytes(), {"spec": {"gate": "xor"}}, None)
    chat = Chat(Lab(storage, workers=1))
    note = say("predict_untrained", "en", a=2.0, b=3.0)
    try:
        outside = await chat.run("predict", "2", "3")
        inside = await chat.run("predict", "1", "0")
    finally:
        chat.lab.close()
        storage.close()
    assert isinstance(outside[0], Say) and outside[0].text.endswith(note)
    assert isinstance(inside[0], Say) and "0 and 1 only" not in inside[0].text


async def test_predict_during_the_first_run_says_it_is_still_training(tmp_path) -> None:
    """newuser22: /xor then /predict 1 0 at once was told "no trained network yet. Send /xor
    or /train first", though /xor had just been sent; a chat training its first network is
    told to wait for it, and a chat that never trained still gets no_network."""
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    training, untrained = Chat(lab, chat_id=5), Chat(lab, chat_id=6)
    try:
        assert lab.trainer.reserve(5, 1) is None  # the run /xor starts holds the chat's place
        during = await training.run("predict", "1", "0")
        never = await untrained.run("predict", "1", "0")
        lab.trainer.release(5)
    finally:
        lab.close()
        storage.close()
    assert isinstance(during[0], Say) and during[0].text == say("still_training", "en")
    assert isinstance(never[0], Say) and never[0].text == say("no_network", "en")
