"""套路 Taolu, the prank bot.

What lives where (arrows point inward; nothing imports an adapter):
- `bot.engine`: the conversation, pure — corpus, answer understanding, routines, the inline
  tap step, the command registry, the text catalogue, languages. No I/O, no Telegram.
- `bot.lab`: the network commands as a service of events, training in worker processes.
- `bot.core`: what the front ends talk to — the engine, the lab, and the admin commands.
- `bot.storage`: where chats, questions, networks and plays are kept.
- `bot.telegram`, `bot.console`: the front ends; they translate events and deliver.
"""
