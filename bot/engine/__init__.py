"""The conversation engine: everything the bot decides to say, with no I/O and no Telegram.

`engine.Engine` answers messages; `corpus` loads routines; `understanding` matches answers;
`commands` is the one command registry; `catalogue` holds every interface text; `language`
the one rule for which language to speak; `inline` the step of an inline button tap.
"""
