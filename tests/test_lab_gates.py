"""The bot's gate recipe (bot.lab.gates): it learns every gate, whatever the seed."""

from __future__ import annotations

import pytest

from bot.lab.gates import GATES, learned, train_gate


@pytest.mark.slow
def test_default_gate_recipe_learns_every_gate_for_every_seed() -> None:
    for gate in GATES:
        for seed in range(100 if gate == "xor" else 20):
            net, _ = train_gate(gate, seed=seed)
            assert learned(net, gate), (gate, seed)
