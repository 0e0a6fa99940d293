"""The conversation rules, pure: (chat state, incoming message) → (replies, new state).

No I/O, no clock, no Telegram. `engine` answers messages and moves routines; `state` is a chat's
state and how it is stored as JSON; `deck` deals items without repeats; `commands` is the one
command registry and protocol; `inline` is the step of an inline button's tap.
"""
