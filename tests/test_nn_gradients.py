"""Every backward pass against central finite differences in float64, on batches."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from nn import (
    ActivationLayer,
    ConvLayer,
    DropoutLayer,
    FCLayer,
    FlattenLayer,
    MaxPoolingLayer,
    Network,
    SoftmaxLayer,
    binary_cross_entropy,
    binary_cross_entropy_prime,
    mse,
    mse_prime,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)
from nn.layer import Layer
from tests.support.reference import ReferenceConvLayer

EPS = 1e-6
TOLERANCE = 1e-6


def numerical_gradient(f: Callable[[], float], array: np.ndarray) -> np.ndarray:
    """dF/d(array) by central differences, perturbing `array` in place."""
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        old = array[index]
        array[index] = old + EPS
        plus = f()
        array[index] = old - EPS
        minus = f()
        array[index] = old
        grad[index] = (plus - minus) / (2 * EPS)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.max(np.abs(a - b)) / max(1e-8, np.max(np.abs(a) + np.abs(b))))


def check_layer(layer: Layer, x: np.ndarray, seed: int = 0) -> None:
    """Compare dE/dX and every dE/dparam with numbers, for E = sum(Y * G), G random."""
    rng = np.random.default_rng(seed)
    upstream = rng.normal(size=layer.forward_propagation(x).shape)

    def energy() -> float:
        return float(np.sum(layer.forward_propagation(x) * upstream))

    layer.forward_propagation(x)
    before = {name: param.copy() for name, param in layer.params().items()}
    analytic_input = layer.backward(upstream)
    for name, param in layer.params().items():  # gradients only: no update
        np.testing.assert_array_equal(param, before[name])
    analytic_params = {name: grad.copy() for name, grad in layer.grads.items()}
    assert relative_error(analytic_input, numerical_gradient(energy, x)) < TOLERANCE
    assert set(analytic_params) == set(layer.params())
    for name, param in layer.params().items():
        numeric = numerical_gradient(energy, param)
        assert relative_error(analytic_params[name], numeric) < TOLERANCE, name


def batch(*shape: int, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=shape)


def test_fc_layer() -> None:
    check_layer(FCLayer(5, 3, rng=1), batch(4, 5))


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "relu", "leaky_relu"])
def test_activation_layers(name: str) -> None:
    check_layer(ActivationLayer(name), batch(4, 6))


def test_softmax_layer() -> None:
    check_layer(SoftmaxLayer(), batch(3, 5))


@pytest.mark.parametrize(("depth_in", "depth_out"), [(2, 3), (3, 1), (1, 4)])
def test_conv_layer_with_unequal_depths(depth_in: int, depth_out: int) -> None:
    check_layer(ConvLayer((5, 6, depth_in), (3, 2), depth_out, rng=2), batch(2, 5, 6, depth_in))


@pytest.mark.parametrize(("height", "width", "pool"), [(5, 7, 2), (6, 6, 3), (7, 4, 2), (3, 3, 1)])
def test_max_pooling_with_odd_sizes(height: int, width: int, pool: int) -> None:
    check_layer(MaxPoolingLayer(pool), batch(2, height, width, 3))


def test_max_pooling_gives_a_tied_maximum_to_one_position() -> None:
    """Windows of ReLU zeros tie; the gradient must not be copied to every tied position."""
    layer = MaxPoolingLayer(3)
    window = np.array([[0.0, 5.0, 1.0], [5.0, 2.0, 5.0], [0.0, 0.0, 0.0]])
    x = window.reshape(1, 3, 3, 1)
    assert layer.forward_propagation(x).item() == 5.0
    gradient = layer.backward(np.full((1, 1, 1, 1), 7.0))[0, :, :, 0]
    # Which of the tied positions gets it is the layer's choice; that exactly one does, with
    # all of the gradient, and that it holds the maximum, is the contract.
    assert np.count_nonzero(gradient) == 1 and gradient.sum() == 7.0
    assert window[np.unravel_index(np.argmax(gradient), window.shape)] == 5.0


def test_flatten_layer() -> None:
    check_layer(FlattenLayer(), batch(3, 2, 4, 2))


def test_dropout_routes_gradient_through_its_mask() -> None:
    layer = DropoutLayer(0.4, rng=3)
    layer.training = True
    x = batch(50, 40)
    y = layer.forward_propagation(x)
    kept = y != 0
    assert 0.5 < kept.mean() < 0.7
    np.testing.assert_allclose(y[kept], x[kept] / 0.6)
    upstream = batch(50, 40, seed=9)
    np.testing.assert_allclose(layer.backward(upstream), upstream * kept / 0.6)
    layer.training = False
    np.testing.assert_array_equal(layer.forward_propagation(x), x)


@pytest.mark.parametrize(
    ("loss", "prime", "make_target", "make_prediction"),
    [
        (mse, mse_prime, lambda r: r.normal(size=(4, 3)), lambda r: r.normal(size=(4, 3))),
        (
            binary_cross_entropy,
            binary_cross_entropy_prime,
            lambda r: (r.random((4, 3)) > 0.5).astype(float),
            lambda r: r.uniform(0.1, 0.9, (4, 3)),
        ),
        (
            softmax_cross_entropy,
            softmax_cross_entropy_prime,
            lambda r: np.eye(3)[r.integers(0, 3, 4)],
            lambda r: r.normal(size=(4, 3)),
        ),
    ],
)
def test_loss_derivatives(loss, prime, make_target, make_prediction) -> None:
    rng = np.random.default_rng(4)
    target, prediction = make_target(rng), make_prediction(rng)
    numeric = numerical_gradient(lambda: loss(target, prediction), prediction)
    assert relative_error(prime(target, prediction), numeric) < TOLERANCE


def test_softmax_cross_entropy_is_finite_for_huge_logits() -> None:
    logits = np.array([[1000.0, -1000.0, 0.0]])
    target = np.array([[0.0, 1.0, 0.0]])
    assert np.isfinite(softmax_cross_entropy(target, logits))
    assert np.all(np.isfinite(softmax_cross_entropy_prime(target, logits)))


def test_conv_matches_the_articles_loops_corrected() -> None:
    fast = ConvLayer((6, 5, 2), (3, 3), 4, rng=5)
    reference = ReferenceConvLayer((6, 5, 2), (3, 3), 4, rng=5)
    x, upstream = batch(3, 6, 5, 2), batch(3, 4, 3, 4, seed=6)
    np.testing.assert_allclose(fast.forward_propagation(x), reference.forward_propagation(x))
    np.testing.assert_allclose(fast.backward(upstream), reference.backward(upstream))
    for name in ("weights", "bias"):
        np.testing.assert_allclose(fast.grads[name], reference.grads[name])


def test_reference_conv_is_itself_right() -> None:
    check_layer(ReferenceConvLayer((4, 5, 2), (2, 3), 3, rng=7), batch(2, 4, 5, 2))


def test_whole_convolutional_network_gradient() -> None:
    net = Network()
    net.add(ConvLayer((6, 6, 2), (3, 3), 3, rng=8))
    net.add(ActivationLayer("tanh"))
    net.add(MaxPoolingLayer(2))
    net.add(FlattenLayer())
    net.add(FCLayer(12, 4, rng=9))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime)
    x = batch(3, 6, 6, 2)
    y = np.eye(4)[[0, 2, 3]]

    def energy() -> float:
        return softmax_cross_entropy(y, net.predict(x))

    first = net.layers[0]
    output = net.predict(x)
    error = softmax_cross_entropy_prime(y, output)
    for layer in reversed(net.layers):
        error = layer.backward(error)
    assert (
        relative_error(first.grads["weights"], numerical_gradient(energy, first.weights))
        < TOLERANCE
    )
    assert relative_error(error, numerical_gradient(energy, x)) < TOLERANCE


class ArticleConvLayer(ReferenceConvLayer):
    """The article's ConvLayer as published: bias added per input channel, dBias scaled."""

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        output = super().forward_propagation(input)
        return output + (self.input_depth - 1) * self.bias

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        input_error = super().backward(output_error)
        self.grads["bias"] = self.layer_depth * self.grads["bias"]
        return input_error


def test_the_articles_conv_bugs_are_caught_by_the_check() -> None:
    """The check is sharp enough to see the article's bias bug when depths differ."""
    with pytest.raises(AssertionError):
        check_layer(ArticleConvLayer((4, 4, 2), (2, 2), 3, rng=0), batch(2, 4, 4, 2))
