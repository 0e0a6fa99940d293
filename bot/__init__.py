"""套路 Taolu, the prank bot.

What lives where (arrows point inward; nothing imports an adapter; docs/architecture.md draws it):
- `bot.telegram`, `bot.console`: the adapters; they translate events and deliver effects.
- `bot.application`: one turn from end to end (`turn`), the services commands run on (`core`:
  the lab, prank links, /reload), the group flood policy.
- `bot.conversation`: the conversation rules, pure — routines, commands, chat state.
- `bot.content`: the corpus model and loader, compiled once; the eval of victims' answers.
- `bot.i18n`: languages and the interface texts.
- `bot.lab`: the network commands as a service of events, training in worker processes.
- `bot.storage`: where chats, questions, networks and plays are kept.
- `understanding` and `nn` (beside `bot`): libraries that know nothing of the bot.
"""

from bot.native import BUILD

BUILD.guard()  # before any compiled module is imported
