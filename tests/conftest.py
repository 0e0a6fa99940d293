"""Shared fixtures: the real corpus, loaded once."""

from __future__ import annotations

import random

import pytest

from bot.config import DEFAULT_CONTENT
from bot.engine.corpus import Corpus, load_corpus
from bot.engine.engine import Engine


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(DEFAULT_CONTENT)


@pytest.fixture
def engine(corpus: Corpus) -> Engine:
    return Engine(corpus, random.Random(1234))


@pytest.fixture
def emulator():
    from tests.emulator import Emulator

    server = Emulator().start()
    yield server
    server.stop()
