"""Activation functions and their derivatives, applied element-wise (the article's style).

Softmax is not element-wise; it is `SoftmaxLayer` in `activation_layer.py`, and best fused
with its loss: `softmax_cross_entropy` in `losses.py`.
"""

from __future__ import annotations

import numpy as np

LEAKY_SLOPE = 0.01


def tanh(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = np.tanh(x)
    return result


def tanh_prime(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1 - np.tanh(x) ** 2
    return result


def sigmoid(x: np.ndarray) -> np.ndarray:
    # Written through tanh so that large |x| never overflows exp.
    return 0.5 * (1 + np.tanh(0.5 * x))


def sigmoid_prime(x: np.ndarray) -> np.ndarray:
    s = sigmoid(x)
    result: np.ndarray = s * (1 - s)
    return result


def relu(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = np.maximum(x, 0)
    return result


def relu_prime(x: np.ndarray) -> np.ndarray:
    return (x > 0).astype(x.dtype)


def leaky_relu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, LEAKY_SLOPE * x)


def leaky_relu_prime(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, 1.0, LEAKY_SLOPE).astype(x.dtype)


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, shifted by the max so exp never overflows."""
    shifted = np.exp(x - x.max(axis=-1, keepdims=True))
    result: np.ndarray = shifted / shifted.sum(axis=-1, keepdims=True)
    return result


ACTIVATIONS = {
    "tanh": (tanh, tanh_prime),
    "sigmoid": (sigmoid, sigmoid_prime),
    "relu": (relu, relu_prime),
    "leaky_relu": (leaky_relu, leaky_relu_prime),
}
