"""The bot's compiled build: the answer's step (bot/conversation/answering.py), the chat
state it builds (state.py) and a state's reading of the answer (bot/content/reading.py),
compiled with mypyc as a group of their own by `make build` (`python -m bot.build`, beside
understanding/'s), with the same guard as understanding/'s
(understanding/native.py): a build older than its sources is not imported, the `.py` files
run. Its stamp hashes the packages whose types the compiled code reads (the conversation,
the corpus, the interface texts) and understanding/, whose objects they hold. Never compiled.
"""

from __future__ import annotations

from pathlib import Path

from understanding.native import Group

BUILD = Group(
    __package__,
    ("conversation.state", "conversation.answering", "content.reading"),
    ("bot/conversation/*.py", "bot/content/*.py", "bot/i18n/*.py", "understanding/*.py"),
    Path(__file__).resolve().parent,
)
