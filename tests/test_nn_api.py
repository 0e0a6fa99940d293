"""The article's API and program, the shapes it accepts, and the errors bad use gets."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bot.lab.gates import GATES, INPUTS, gate_network, learned, train_gate
from nn import (
    SGD,
    ActivationLayer,
    Adam,
    ConvLayer,
    FCLayer,
    FlattenLayer,
    Layer,
    MaxPoolingLayer,
    Momentum,
    Network,
    binary_cross_entropy,
    mse,
    mse_prime,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
    tanh,
    tanh_prime,
)
from tests.support.article import article_network

ROOT = Path(__file__).resolve().parent.parent
XOR_X = np.array([[[0, 0]], [[0, 1]], [[1, 0]], [[1, 1]]])
XOR_Y = np.array([[[0]], [[1]], [[1]], [[0]]])


@pytest.mark.slow
def test_the_articles_xor_program_runs_and_learns() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "xor.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        # Run as a script, xor.py would import whichever nn the venv has installed (an
        # editable install may point at another checkout): make it this one.
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("epoch 1/1000 error=")
    assert lines[999].startswith("epoch 1000/1000 error=")
    outputs = np.array(
        [float(v) for v in " ".join(lines[1000:]).replace("[", " ").replace("]", " ").split()]
    )
    np.testing.assert_allclose(outputs, [0, 1, 1, 0], atol=0.1)


def test_verbose_false_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    article_network(0).fit(XOR_X, XOR_Y, epochs=3, learning_rate=0.1, verbose=False)
    assert capsys.readouterr().out == ""


def test_batch_size_one_is_the_articles_per_sample_sgd() -> None:
    net = article_network(3)
    weights = [(layer.weights.copy(), layer.bias.copy()) for layer in net.layers[::2]]
    net.fit(XOR_X, XOR_Y, epochs=5, learning_rate=0.1, verbose=False)
    # The article's loop, written out: one sample at a time, in order.
    for _ in range(5):
        for x, y in zip(XOR_X, XOR_Y, strict=True):
            (w1, b1), (w2, b2) = weights
            h = np.tanh(x @ w1 + b1)
            out = np.tanh(h @ w2 + b2)
            e = 2 * (out - y) / y.size * (1 - out**2)
            e_h = (e @ w2.T) * (1 - h**2)
            w2 -= 0.1 * h.T @ e
            b2 -= 0.1 * e
            w1 -= 0.1 * x.T @ e_h
            b1 -= 0.1 * e_h
    for layer, (w, b) in zip(net.layers[::2], weights, strict=True):
        np.testing.assert_allclose(layer.weights, w)
        np.testing.assert_allclose(layer.bias, b)


def test_article_and_plain_shapes_build_the_same_layers() -> None:
    a, b = FCLayer((1, 2), (1, 3), rng=1), FCLayer(2, 3, rng=1)
    np.testing.assert_array_equal(a.weights, b.weights)
    x = np.ones((5, 2))
    np.testing.assert_array_equal(
        ActivationLayer((1, 3), tanh, tanh_prime).forward_propagation(x), np.tanh(x)
    )
    np.testing.assert_array_equal(
        ActivationLayer(tanh, tanh_prime).forward_propagation(x), np.tanh(x)
    )


def test_predict_answers_in_the_form_it_was_asked() -> None:
    net = article_network(0)
    assert net.predict(XOR_X).shape == (4, 1, 1)
    assert net.predict(XOR_X[:, 0, :]).shape == (4, 1)


def test_a_seed_gives_the_same_run_twice() -> None:
    def run() -> list[float]:
        net = article_network(11, init="xavier")
        return net.fit(
            XOR_X, XOR_Y, epochs=20, learning_rate=0.1, batch_size=2, verbose=False, seed=5
        )

    assert run() == run()


def test_float32_on_request() -> None:
    net = Network(dtype=np.float32)
    net.add(ConvLayer((6, 6, 1), (3, 3), 2, rng=0))
    net.add(FlattenLayer())
    net.add(FCLayer(32, 3, rng=0))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime)
    x = np.random.default_rng(0).random((4, 6, 6, 1))
    y = np.eye(3)[[0, 1, 2, 0]]
    net.fit(x, y, epochs=2, learning_rate=0.1, batch_size=2, verbose=False)
    assert net.predict(x).dtype == np.float32
    assert all(p.dtype == np.float32 for layer in net.layers for p in layer.params().values())


@pytest.mark.parametrize("optimizer", [SGD(), Momentum(), Adam()], ids=["sgd", "momentum", "adam"])
def test_every_optimizer_learns_xor_through_the_same_signature(optimizer) -> None:
    net = gate_network(seed=0)
    net.use(net.loss, net.loss_prime, optimizer=optimizer)
    rate = 0.05 if isinstance(optimizer, Adam) else 1.0
    net.fit(INPUTS, GATES["xor"], epochs=400, learning_rate=rate, batch_size=4, verbose=False)
    assert learned(net, "xor")


def test_on_epoch_can_stop_training() -> None:
    seen = []
    _, history = train_gate(on_epoch=lambda epoch, error: seen.append(epoch) or epoch < 7)
    assert seen == list(range(1, 8)) and len(history) == 7


def test_save_and_load_round_trip_without_pickle(tmp_path: Path) -> None:
    net = Network()
    net.add(ConvLayer((6, 6, 2), (3, 3), 3, rng=0))
    net.add(ActivationLayer("relu"))
    net.add(MaxPoolingLayer(2))
    net.add(FlattenLayer())
    net.add(FCLayer(12, 2, rng=0))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=Adam())
    path = tmp_path / "model.npz"
    net.save(path)
    with np.load(path, allow_pickle=False) as archive:
        assert "architecture" in archive.files
        assert json.loads(str(archive["architecture"]))["format"] == "nn-network"
    loaded = Network.load(path)
    x = np.random.default_rng(1).random((3, 6, 6, 2))
    np.testing.assert_array_equal(loaded.predict(x), net.predict(x))
    assert loaded.loss is softmax_cross_entropy and isinstance(loaded.optimizer, Adam)
    conv = loaded.layers[0]
    assert (conv.input_shape, conv.kernel_shape) == ((6, 6, 2), (3, 3))  # tuples, as built


def test_a_network_saved_under_the_old_format_name_still_loads() -> None:
    """Bytes written by this library before its format was renamed from "taolu-nn": the
    bot's XOR gate network (2-8-1, tanh then sigmoid, BCE, Adam), trained with seed 0."""
    data = (ROOT / "tests" / "data" / "xor-saved-as-taolu-nn.npz").read_bytes()
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        assert json.loads(str(archive["architecture"]))["format"] == "taolu-nn"
    net = Network.from_bytes(data)
    outputs = net.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]))
    expected = [
        0.0004244354638672232,
        0.9992587809223379,
        0.9996895875729588,
        0.0008054320366284728,
    ]
    np.testing.assert_allclose(outputs[:, 0], expected, rtol=1e-9)
    assert net.loss is binary_cross_entropy and isinstance(net.optimizer, Adam)


def test_a_file_of_another_format_is_refused() -> None:
    buffer = io.BytesIO()
    architecture = {"format": "some-other-network", "version": 1, "layers": []}
    np.savez(buffer, architecture=np.array(json.dumps(architecture)))
    with pytest.raises(ValueError, match="not a saved network"):
        Network.from_bytes(buffer.getvalue())


def test_a_pickled_model_file_is_refused() -> None:
    buffer = io.BytesIO()
    np.savez(buffer, architecture=np.array([{"evil": object()}], dtype=object))
    with pytest.raises(ValueError, match="not a saved network"):
        Network.from_bytes(buffer.getvalue())
    with pytest.raises(ValueError, match="not a saved network"):
        Network.from_bytes(b"not even a zip")
    assert zipfile.is_zipfile(io.BytesIO(buffer.getvalue()))


def test_custom_activation_cannot_be_saved() -> None:
    net = Network()
    net.add(FCLayer(2, 2))
    net.add(ActivationLayer(lambda x: x, lambda x: np.ones_like(x)))
    with pytest.raises(ValueError, match="built-in activations"):
        net.to_bytes()


def test_the_base_layer_is_abstract() -> None:
    with pytest.raises(TypeError, match="abstract"):
        Layer()


def test_a_layer_written_as_in_the_article_trains_in_a_network() -> None:
    """The article's way of adding a layer: subclass Layer, define the two propagations,
    and update the parameters in backward_propagation."""

    class Scale(Layer):
        def __init__(self) -> None:
            super().__init__()
            self.factor = np.ones((1, 2))

        def forward_propagation(self, input: np.ndarray) -> np.ndarray:
            self.input = input
            return input * self.factor

        def backward_propagation(self, output_error: np.ndarray, learning_rate: float):
            self.factor -= learning_rate * np.sum(output_error * self.input, axis=0)
            return output_error * self.factor

    net = Network()
    net.add(Scale())
    net.use(mse, mse_prime)
    x = np.random.default_rng(0).normal(size=(16, 2))
    history = net.fit(x, 3 * x, epochs=50, learning_rate=1.0, batch_size=16, verbose=False)
    assert history[-1] < 1e-3 * history[0]
    np.testing.assert_allclose(net.layers[0].factor, [[3, 3]], rtol=1e-3)


def test_mismatched_layer_sizes_say_what_was_expected() -> None:
    net = Network()
    net.add(FCLayer(2, 3))
    with pytest.raises(
        ValueError, match=r"expects samples of shape \(4,\), but the previous layer gives \(3,\)"
    ):
        net.add(FCLayer(4, 1))


def test_wrong_input_rank_and_size_say_what_came() -> None:
    with pytest.raises(ValueError, match=r"rank 4.*got shape \(2, 6, 6\)"):
        ConvLayer((6, 6, 1), (3, 3), 2).forward_propagation(np.zeros((2, 6, 6)))
    with pytest.raises(ValueError, match=r"samples of shape \(2,\), got \(3,\)"):
        FCLayer(2, 1).forward_propagation(np.zeros((5, 3)))
    net = article_network(0)
    with pytest.raises(ValueError, match="samples along the first axis"):
        net.predict(np.array([0.0, 1.0]))


def test_fit_before_use_is_a_clear_error() -> None:
    net = Network()
    net.add(FCLayer(2, 1))
    with pytest.raises(ValueError, match=r"call use\(loss, loss_prime\) before fit"):
        net.fit(INPUTS, GATES["xor"], epochs=1, learning_rate=0.1)
    net.use(mse, mse_prime)
    with pytest.raises(ValueError, match="4 samples but y_train has 3"):
        net.fit(INPUTS, GATES["xor"][:3], epochs=1, learning_rate=0.1)


@pytest.mark.slow
def test_digits_examples_reach_their_targets() -> None:
    from examples import digits

    assert digits.train_dense() >= 0.975
    assert digits.train_conv() >= 0.99


def test_backward_computes_gradients_and_update_applies_them() -> None:
    layer = FCLayer(3, 2, rng=0)
    x = np.random.default_rng(1).normal(size=(4, 3))
    upstream = np.random.default_rng(2).normal(size=(4, 2))
    weights, bias = layer.weights.copy(), layer.bias.copy()
    layer.forward_propagation(x)
    input_error = layer.backward(upstream)
    np.testing.assert_array_equal(layer.weights, weights)  # backward changes nothing
    np.testing.assert_array_equal(layer.bias, bias)
    np.testing.assert_allclose(input_error, upstream @ weights.T)
    np.testing.assert_allclose(layer.grads["weights"], x.T @ upstream)
    np.testing.assert_allclose(layer.grads["bias"], upstream.sum(axis=0, keepdims=True))
    layer.update(0.5)  # SGD by default
    np.testing.assert_allclose(layer.weights, weights - 0.5 * x.T @ upstream)
    np.testing.assert_allclose(layer.bias, bias - 0.5 * upstream.sum(axis=0, keepdims=True))


def test_backward_propagation_is_backward_then_update() -> None:
    """The article's signature, kept as a wrapper: same dE/dX, same new parameters."""
    x = np.random.default_rng(1).normal(size=(4, 3))
    upstream = np.random.default_rng(2).normal(size=(4, 2))
    wrapped, split = FCLayer(3, 2, rng=0), FCLayer(3, 2, rng=0)
    wrapped.optimizer, split.optimizer = Momentum(), Momentum()
    for _ in range(2):
        wrapped.forward_propagation(x)
        split.forward_propagation(x)
        error = wrapped.backward_propagation(upstream, 0.1)
        np.testing.assert_array_equal(error, split.backward(upstream))
        split.update(0.1)
        np.testing.assert_array_equal(wrapped.weights, split.weights)
        np.testing.assert_array_equal(wrapped.bias, split.bias)


def test_each_layer_owns_its_optimizer_with_state_by_parameter_name() -> None:
    prototype = Adam()
    net = Network()
    net.add(FCLayer(2, 3, rng=0))
    net.add(ActivationLayer("tanh"))
    net.use(mse, mse_prime, optimizer=prototype)
    net.add(FCLayer(3, 1, rng=1))  # added after use: gets a clone too
    net.fit(INPUTS, GATES["xor"], epochs=3, learning_rate=0.01, batch_size=2, verbose=False)
    dense = [net.layers[0], net.layers[2]]
    assert dense[0].optimizer is not dense[1].optimizer
    for layer in dense:
        assert isinstance(layer.optimizer, Adam) and layer.optimizer is not prototype
        assert set(layer.optimizer.state) == {"weights", "bias"}
        assert all(t == 6 for _, _, t in layer.optimizer.state.values())  # 3 epochs × 2 batches
    assert prototype.state == {}  # the prototype is only copied, never used


def test_a_layer_with_neither_backward_says_so() -> None:
    class Forward(Layer):
        def forward_propagation(self, input: np.ndarray) -> np.ndarray:
            return input

    with pytest.raises(NotImplementedError, match="defines neither backward"):
        Forward().backward_propagation(np.ones((1, 2)), 0.1)


def test_layer_repr_gives_class_and_config() -> None:
    assert repr(FCLayer((1, 2), (1, 3))) == "FCLayer(input_shape=2, output_shape=3, init='xavier')"
    assert repr(ActivationLayer("relu")) == "ActivationLayer(activation='relu')"
    assert repr(ActivationLayer((1, 3), tanh, tanh_prime)) == "ActivationLayer(activation='tanh')"
    custom = ActivationLayer(np.sin, np.cos)
    assert repr(custom) == "ActivationLayer(activation=sin, activation_prime=cos)"
    assert repr(MaxPoolingLayer(3)) == "MaxPoolingLayer(pool_size=3)"
    assert repr(FlattenLayer()) == "FlattenLayer()"
    assert repr(ConvLayer((6, 6, 2), (3, 3), 4)) == (
        "ConvLayer(input_shape=[6, 6, 2], kernel_shape=[3, 3], layer_depth=4, init='xavier')"
    )


def test_network_repr_lists_layers_loss_and_optimizer() -> None:
    net = article_network(0)
    assert repr(net) == (
        "Network(dtype=float64, loss=mse, optimizer=SGD(), layers=[\n"
        "    FCLayer(input_shape=2, output_shape=3, init='uniform'),\n"
        "    ActivationLayer(activation='tanh'),\n"
        "    FCLayer(input_shape=3, output_shape=1, init='uniform'),\n"
        "    ActivationLayer(activation='tanh'),\n"
        "])"
    )
    empty = Network(dtype=np.float32)
    empty.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=Momentum(0.5))
    assert repr(empty) == (
        "Network(dtype=float32, loss=softmax_cross_entropy, optimizer=Momentum(beta=0.5), "
        "layers=[])"
    )
