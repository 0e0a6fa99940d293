"""The content: the corpus model and its loader (`corpus`: routines, one-liners, dialogues,
read from YAML with FILE:LINE errors and compiled once, matchers and title indexes included),
and the eval of victims' answers against it (`evaluation`)."""
