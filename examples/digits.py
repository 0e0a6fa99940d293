"""Handwritten digits (the 8×8 set that scikit-learn ships): a dense and a convolutional network.

Run: .venv/bin/python examples/digits.py [--dense | --conv]
Fixed seed, 60/40 train/test split. scikit-learn is needed only for the data set.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from sklearn.datasets import load_digits

from nn import (
    ActivationLayer,
    Adam,
    ConvLayer,
    DropoutLayer,
    FCLayer,
    FlattenLayer,
    MaxPoolingLayer,
    Network,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)

SEED = 0


def split(seed: int = SEED) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Images scaled to [0, 1] as (n, 8, 8, 1), one-hot labels; 60% train, 40% test."""
    digits = load_digits()
    images = (digits.images / 16.0)[..., None]
    labels = np.eye(10)[digits.target]
    order = np.random.default_rng(seed).permutation(len(images))
    cut = int(0.6 * len(images))
    train, test = order[:cut], order[cut:]
    return images[train], labels[train], images[test], labels[test]


def accuracy(net: Network, x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(net.predict(x).argmax(axis=1) == y.argmax(axis=1)))


def dense_network(seed: int = SEED) -> Network:
    rng = np.random.default_rng(seed)
    net = Network()
    net.add(FCLayer(64, 128, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(FCLayer(128, 10, init="xavier", rng=rng))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=Adam())
    return net


def conv_network(seed: int = SEED) -> Network:
    rng = np.random.default_rng(seed)
    net = Network()
    net.add(ConvLayer((8, 8, 1), (3, 3), 32, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(ConvLayer((6, 6, 32), (3, 3), 64, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(MaxPoolingLayer(2))
    net.add(FlattenLayer())
    net.add(DropoutLayer(0.3, rng=rng))
    net.add(FCLayer(256, 128, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(FCLayer(128, 10, init="xavier", rng=rng))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=Adam())
    return net


def train_dense() -> float:
    x_train, y_train, x_test, y_test = split()
    flat_train, flat_test = x_train.reshape(len(x_train), -1), x_test.reshape(len(x_test), -1)
    net = dense_network()
    net.fit(
        flat_train, y_train, epochs=40, learning_rate=0.003, batch_size=32, verbose=False, seed=SEED
    )
    return accuracy(net, flat_test, y_test)


def train_conv() -> float:
    x_train, y_train, x_test, y_test = split()
    net = conv_network()
    net.fit(
        x_train, y_train, epochs=40, learning_rate=0.001, batch_size=32, verbose=False, seed=SEED
    )
    return accuracy(net, x_test, y_test)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dense", action="store_true", help="only the dense network")
    parser.add_argument("--conv", action="store_true", help="only the convolutional network")
    args = parser.parse_args()
    runs = [("dense 64-128-10", train_dense), ("conv 3x3x32, 3x3x64, pool, 128, 10", train_conv)]
    if args.dense != args.conv:
        runs = runs[:1] if args.dense else runs[1:]
    for name, train in runs:
        start = time.perf_counter()
        acc = train()
        print(f"{name}: test accuracy {acc:.2%} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
