"""The console playground: the bot in a terminal, no token needed (a front end)."""
