"""Weight initialisation and the seeded random generator every draw comes from.

Layers take `rng`: a seed, a `numpy.random.Generator`, or None for the library's shared
generator, which `seed(n)` resets. So the same seed gives the same run twice.
"""

from __future__ import annotations

import numpy as np

_shared = np.random.default_rng(0)


def seed(value: int) -> None:
    """Reset the shared generator used by layers built without their own `rng`."""
    global _shared
    _shared = np.random.default_rng(value)


def get_rng(rng: int | np.random.Generator | None) -> np.random.Generator:
    if rng is None:
        return _shared
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(rng)


def initial_weights(
    shape: tuple[int, ...], fan_in: int, fan_out: int, init: str, rng: np.random.Generator
) -> np.ndarray:
    """Draw weights: the article's `rand - 0.5`, Xavier/Glorot (tanh, sigmoid) or He (ReLU)."""
    if init == "uniform":
        return rng.random(shape) - 0.5
    if init == "xavier":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, shape)
    if init == "he":
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), shape)
    raise ValueError(f"init must be 'uniform', 'xavier' or 'he', not {init!r}")


def initial_bias(shape: tuple[int, ...], init: str, rng: np.random.Generator) -> np.ndarray:
    """The article draws biases like weights; Xavier and He start them at zero."""
    if init == "uniform":
        return rng.random(shape) - 0.5
    return np.zeros(shape)
