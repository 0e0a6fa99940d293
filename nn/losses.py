"""Loss functions and their derivatives with respect to the prediction.

Each loss returns a float and each derivative an array of the prediction's shape. With a
batch of n samples of k outputs each (y and p of shape (n, k)), they are not all averaged
the same way:

- `mse`: the mean over all n*k entries of (y - p)^2, so a mean over the batch and over
  the outputs too; `mse_prime` = 2 * (p - y) / (n*k). With one sample it is exactly the
  article's (its np.mean), which also averages over the outputs.
- `binary_cross_entropy`: likewise the mean over all n*k entries of
  -(y * log(p) + (1 - y) * log(1 - p)); `binary_cross_entropy_prime` =
  (p - y) / (p * (1 - p)) / (n*k), with p clipped to [1e-12, 1 - 1e-12].
- `softmax_cross_entropy`: summed over the k classes of each sample, then the mean over
  the n samples: -(1/n) * sum(y * log_softmax(p)); `softmax_cross_entropy_prime` =
  (softmax(p) - y) / n.

All three divide by the batch size, so a learning rate means the same at any batch size;
the first two also divide by the number of outputs k, the last does not.
"""

from __future__ import annotations

import numpy as np

from nn.activations import softmax

EPSILON = 1e-12


def mse(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Mean over every entry (samples and outputs) of the squared error."""
    return float(np.mean(np.power(y_true - y_pred, 2)))


def mse_prime(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """2 * (y_pred - y_true) / (number of entries)."""
    result: np.ndarray = 2 * (y_pred - y_true) / y_true.size
    return result


def binary_cross_entropy(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    """Mean over every entry (samples and outputs), for probabilities in (0, 1), e.g. after a
    sigmoid; clipped so log(0) never happens."""
    p = np.clip(y_pred, EPSILON, 1 - EPSILON)
    return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p)))


def binary_cross_entropy_prime(y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """(p - y_true) / (p * (1 - p)) / (number of entries), p the clipped prediction."""
    p = np.clip(y_pred, EPSILON, 1 - EPSILON)
    result: np.ndarray = (p - y_true) / (p * (1 - p)) / y_true.size
    return result


def softmax_cross_entropy(y_true: np.ndarray, logits: np.ndarray) -> float:
    """Cross-entropy of one-hot (or soft) targets against the softmax of raw scores, summed
    over the classes (last axis) and averaged over the samples (first axis).

    Fed logits, not probabilities: log-softmax through the log-sum-exp trick stays finite
    where log(softmax(x)) would give -inf.
    """
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return float(-np.sum(y_true * log_probs) / len(logits))


def softmax_cross_entropy_prime(y_true: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """The fused gradient (softmax - target) / n, n the number of samples: bounded, so it
    never blows up."""
    result: np.ndarray = (softmax(logits) - y_true) / len(logits)
    return result


LOSSES = {
    "mse": (mse, mse_prime),
    "binary_cross_entropy": (binary_cross_entropy, binary_cross_entropy_prime),
    "softmax_cross_entropy": (softmax_cross_entropy, softmax_cross_entropy_prime),
}
