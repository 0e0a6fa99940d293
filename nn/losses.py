"""Loss functions and their derivatives with respect to the prediction.

Each loss is a mean over the batch, so a learning rate means the same at any batch size;
with one sample, `mse` and `mse_prime` are exactly the article's.
"""

from __future__ import annotations

import numpy as np

from nn.activations import softmax

EPSILON = 1e-12


def mse(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    return float(np.mean(np.power(y_true - y_pred, 2)))


def mse_prime(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    return 2 * (y_pred - y_true) / y_true.size


def binary_cross_entropy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """For probabilities in (0, 1), e.g. after a sigmoid; clipped so log(0) never happens."""
    p = np.clip(y_pred, EPSILON, 1 - EPSILON)
    return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p)))


def binary_cross_entropy_prime(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    p = np.clip(y_pred, EPSILON, 1 - EPSILON)
    return (p - y_true) / (p * (1 - p)) / y_true.size


def softmax_cross_entropy(y_true: np.ndarray, logits: np.ndarray) -> float:
    """Cross-entropy of one-hot (or soft) targets against the softmax of raw scores.

    Fed logits, not probabilities: log-softmax through the log-sum-exp trick stays finite
    where log(softmax(x)) would give -inf.
    """
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return float(-np.sum(y_true * log_probs) / len(logits))


def softmax_cross_entropy_prime(y_true: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """The fused gradient (softmax - target) / n: bounded, so it never blows up."""
    return (softmax(logits) - y_true) / len(logits)


LOSSES = {
    "mse": (mse, mse_prime),
    "binary_cross_entropy": (binary_cross_entropy, binary_cross_entropy_prime),
    "softmax_cross_entropy": (softmax_cross_entropy, softmax_cross_entropy_prime),
}
