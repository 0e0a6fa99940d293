"""Network.fit(threads=N): the batch split between threads gives the single-thread result."""

from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from nn import (
    SGD,
    ActivationLayer,
    Adam,
    ConvLayer,
    DropoutLayer,
    FCLayer,
    FlattenLayer,
    Layer,
    MaxPoolingLayer,
    Momentum,
    Network,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)
from nn.layer import backward_through, forward_through
from nn.optimizers import Optimizer
from nn.parallel import DataParallel


def conv_network(optimizer: Optimizer, dropout: float = 0.0) -> Network:
    rng = np.random.default_rng(5)
    net = Network()
    net.add(ConvLayer((8, 8, 2), (3, 3), 4, rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(MaxPoolingLayer(2))
    net.add(FlattenLayer())
    if dropout:
        net.add(DropoutLayer(dropout, rng=rng))
    net.add(FCLayer(3 * 3 * 4, 3, rng=rng))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=optimizer)
    return net


def data(samples: int = 37) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(6)
    return rng.normal(size=(samples, 8, 8, 2)), np.eye(3)[rng.integers(0, 3, samples)]


def weights(net: Network) -> list[np.ndarray]:
    return [value for layer in net.layers for value in layer.params().values()]


@pytest.mark.parametrize("optimizer", [SGD, Momentum, Adam])
@pytest.mark.parametrize("threads", [2, 3])
def test_threads_train_the_same_network_as_one_thread(optimizer, threads: int) -> None:
    x, y = data()  # 37 samples in batches of 8: the last batch has 5, split unevenly
    alone, split = conv_network(optimizer()), conv_network(optimizer())
    history = alone.fit(x, y, 3, 0.05, batch_size=8, verbose=False, seed=1)
    split_history = split.fit(x, y, 3, 0.05, batch_size=8, verbose=False, seed=1, threads=threads)
    np.testing.assert_allclose(split_history, history, rtol=1e-12)
    for a, b in zip(weights(alone), weights(split), strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-10, atol=1e-12)
    assert not np.allclose(weights(alone)[0], weights(conv_network(optimizer()))[0])


def test_data_parallel_is_used_like_one_layer() -> None:
    """Its forward and backward passes give the layers' own outputs, dE/dX, gradients and
    updates; its backward alone updates nothing."""
    x, y = data(7)
    alone, split = conv_network(SGD()), conv_network(SGD())
    parallel = DataParallel(split.layers, 3)
    output = parallel.forward_propagation(x)
    np.testing.assert_allclose(output, forward_through(alone.layers, x), rtol=1e-12)
    error = softmax_cross_entropy_prime(y, output)
    before = [w.copy() for w in weights(split)]
    np.testing.assert_allclose(
        parallel.backward(error), backward_through(alone.layers, error), rtol=1e-10, atol=1e-14
    )
    for a, b in zip(weights(split), before, strict=True):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(alone.layers, split.layers, strict=True):
        assert a.grads.keys() == b.grads.keys() == a.params().keys()
        for name in a.grads:
            np.testing.assert_allclose(b.grads[name], a.grads[name], rtol=1e-10, atol=1e-14)
    parallel.update(0.1)
    for layer in alone.layers:
        layer.update(0.1)
    for a, b in zip(weights(alone), weights(split), strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-10, atol=1e-12)
    assert not np.allclose(weights(split)[0], weights(conv_network(SGD()))[0])


def test_a_batch_smaller_than_the_threads_still_trains() -> None:
    x, y = data(3)
    alone, split = conv_network(SGD()), conv_network(SGD())
    alone.fit(x, y, 2, 0.1, batch_size=3, verbose=False, seed=0)
    split.fit(x, y, 2, 0.1, batch_size=3, verbose=False, seed=0, threads=8)
    np.testing.assert_allclose(weights(split)[0], weights(alone)[0], rtol=1e-10)


@pytest.mark.parametrize("threads", [1, 2])
def test_after_fit_the_first_layer_gives_its_input_error_again(threads: int) -> None:
    """fit tells the first layer to skip dE/dX while it trains, and only meanwhile."""
    x, y = data(8)
    net = conv_network(SGD())
    net.fit(x, y, 1, 0.05, batch_size=8, verbose=False, threads=threads)
    first = net.layers[0]
    output = first.forward_propagation(x)
    assert first.backward(np.ones_like(output)).shape == x.shape


def test_dropout_with_threads_repeats_with_its_seed() -> None:
    x, y = data()
    runs = []
    for _ in range(2):
        net = conv_network(SGD(), dropout=0.5)
        runs.append(net.fit(x, y, 2, 0.05, batch_size=8, verbose=False, seed=3, threads=2))
    assert runs[0] == runs[1]
    # And the threads really drop: a rate of 1e-12 leaves the run as without dropout.
    kept = conv_network(SGD(), dropout=1e-12)
    no_dropout = kept.fit(x, y, 2, 0.05, batch_size=8, verbose=False, seed=3, threads=2)
    assert not np.allclose(runs[0], no_dropout)


def blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_blas_threads_come_back_after_fit_even_when_it_fails() -> None:
    x, y = data()

    def fail(epoch: int, error: float) -> None:
        raise RuntimeError("stop")

    # A count of our own, so that a limit left behind by an earlier test cannot pass for it.
    with threadpool_limits(limits=3, user_api="blas"):
        before = blas_threads()
        assert before and all(n == 3 for n in before)
        with pytest.raises(RuntimeError):
            conv_network(SGD()).fit(
                x, y, 2, 0.05, batch_size=8, verbose=False, on_epoch=fail, threads=2
            )
        assert blas_threads() == before
        with pytest.raises(ValueError, match="expects samples of shape"):  # inside the threads
            conv_network(SGD()).fit(x[..., :1], y, 1, 0.05, batch_size=8, verbose=False, threads=2)
        assert blas_threads() == before


@pytest.mark.parametrize("threads", [1, 2])
def test_fit_does_not_compute_the_datas_input_error(
    threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nobody reads dE/dX of the training data; for a convolution it is half the backward."""
    returned = []
    backward = ConvLayer.backward

    def spy(self: ConvLayer, output_error: np.ndarray):
        returned.append(backward(self, output_error))
        return returned[-1]

    monkeypatch.setattr(ConvLayer, "backward", spy)
    x, y = data()
    conv_network(SGD()).fit(x, y, 1, 0.05, batch_size=8, verbose=False, threads=threads)
    assert returned and all(error is None for error in returned)


def test_threads_refuse_a_layer_that_may_update_itself() -> None:
    class ArticleStyleLayer(Layer):
        def forward_propagation(self, input: np.ndarray) -> np.ndarray:
            return input

        def backward_propagation(self, output_error: np.ndarray, learning_rate: float):
            return output_error

    net = Network()
    net.add(FCLayer(2, 2))
    net.add(ArticleStyleLayer())
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime)
    x, y = np.ones((4, 2)), np.eye(2)[[0, 1, 0, 1]]
    with pytest.raises(ValueError, match="ArticleStyleLayer"):
        net.fit(x, y, 1, 0.1, batch_size=4, verbose=False, threads=2)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        net.fit(x, y, 1, 0.1, batch_size=4, verbose=False, threads=0)
    net.fit(x, y, 1, 0.1, batch_size=4, verbose=False)  # one thread: the article's way works


def test_threads_take_any_layer_that_leaves_its_update_to_update() -> None:
    """No list of allowed types: a subclass of nn's layers, or a new layer that defines
    backward() (gradients only), splits between threads like nn's own."""

    class OwnDense(FCLayer):
        def forward_propagation(self, input: np.ndarray) -> np.ndarray:
            return super().forward_propagation(input)

    class Twice(Layer):
        def forward_propagation(self, input: np.ndarray) -> np.ndarray:
            return 2 * input

        def backward(self, output_error: np.ndarray) -> np.ndarray:
            return 2 * output_error

    def network() -> Network:
        net = Network()
        net.add(OwnDense(4, 3, rng=0))
        net.add(Twice())
        net.add(FCLayer(3, 2, rng=1))
        net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=Momentum())
        return net

    rng = np.random.default_rng(2)
    x, y = rng.normal(size=(12, 4)), np.eye(2)[rng.integers(0, 2, 12)]
    alone, split = network(), network()
    history = alone.fit(x, y, 3, 0.1, batch_size=6, verbose=False, seed=0)
    split_history = split.fit(x, y, 3, 0.1, batch_size=6, verbose=False, seed=0, threads=2)
    np.testing.assert_allclose(split_history, history, rtol=1e-12)
    for a, b in zip(weights(alone), weights(split), strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-10, atol=1e-12)
    assert not np.allclose(weights(alone)[0], weights(network())[0])
