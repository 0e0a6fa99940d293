"""The article's XOR set-up, shared by the tests and bench/network.py.

Not the bot's (its gates are in bot.lab.gates) nor the library's: a fixture. It lives in
the tests package because bench/ already imports the tests' fixtures from there.
"""

from __future__ import annotations

import numpy as np

from nn import ActivationLayer, FCLayer, Network, mse, mse_prime, tanh, tanh_prime


def article_network(seed: int | None = None, init: str = "uniform") -> Network:
    """The article's XOR set-up: 2-3-1 tanh, `rand - 0.5` weights, mse, plain SGD."""
    rng = np.random.default_rng(seed)
    net = Network()
    net.add(FCLayer((1, 2), (1, 3), init=init, rng=rng))
    net.add(ActivationLayer((1, 3), tanh, tanh_prime))
    net.add(FCLayer((1, 3), (1, 1), init=init, rng=rng))
    net.add(ActivationLayer((1, 1), tanh, tanh_prime))
    net.use(mse, mse_prime)
    return net
