"""The application layer: one update from end to end, between the adapters and the rules.

`turn` owns a turn (load the chat once, run the engine, save, return effects for the front end's
outbox), `core` the services commands are handed to (the lab, prank links, /reload), `throttle`
the group flood policy. Adapters (`bot.telegram`, `bot.console`) call in here; nothing here
knows Telegram.
"""
