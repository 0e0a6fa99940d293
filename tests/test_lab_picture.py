"""The lab's picture: a colour scale fixed from 0 (blue) to 1 (red), the four examples as dots."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import colormaps
from matplotlib.collections import PathCollection
from matplotlib.contour import ContourSet
from PIL import Image

from bot.lab.gates import GATES, INPUTS, train_gate
from bot.lab.plot import COLOURS, draw, render


class Constant:
    """A stand-in network that answers `value` everywhere."""

    def __init__(self, value: float) -> None:
        self.value = value

    def predict(self, x: np.ndarray) -> np.ndarray:
        return np.full((len(x), 1), self.value)


def surface_of(figure):
    loss_axes, surface_axes = figure.axes[:2]
    return loss_axes, surface_axes


@pytest.mark.parametrize("value", [0.0, 0.3, 0.7, 1.0])
def test_the_colour_scale_is_fixed_from_0_to_1(value: float) -> None:
    """Breakage: the scale followed the data, so "blue" meant the lowest output, not 0."""
    figure = draw(Constant(value), [0.7, 0.5], "xor")  # type: ignore[arg-type]
    try:
        _, surface = surface_of(figure)
        (filled,) = [c for c in surface.collections if isinstance(c, ContourSet)]
        assert (filled.norm.vmin, filled.norm.vmax) == (0, 1)
        assert filled.levels[0] == 0 and filled.levels[-1] == 1
        colourbar = figure.axes[2]
        assert colourbar.get_ylim() == (0, 1)
    finally:
        plt.close(figure)


def test_a_network_that_answers_0_is_painted_blue() -> None:
    """Read the PNG back: the middle of the square, far from the dots, is the scale's 0."""
    figure = draw(Constant(0.0), [0.7, 0.5], "xor")  # type: ignore[arg-type]
    try:
        figure.canvas.draw()
        _, surface = surface_of(figure)
        x, y = surface.transData.transform((0.5, 0.5))
        height = figure.canvas.get_width_height()[1]
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        plt.close(figure)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    pixel = np.array(image.getpixel((round(x), round(height - y))))
    # A filled contour paints each band [0, 0.05), [0.05, 0.1), … in its middle's colour.
    first_band = np.array(colormaps[COLOURS](0.025)[:3]) * 255
    assert np.abs(pixel - first_band).max() <= 3, (pixel, first_band)


@pytest.mark.parametrize("gate", list(GATES))
def test_the_four_examples_are_four_dots_coloured_by_their_target(gate: str) -> None:
    net, history = train_gate(gate, epochs=5, seed=0)
    figure = draw(net, history, gate)
    try:
        _, surface = surface_of(figure)
        (dots,) = [c for c in surface.collections if isinstance(c, PathCollection)]
        assert np.array_equal(dots.get_offsets(), INPUTS)
        figure.canvas.draw()
        colours = dots.get_facecolors()[:, :3]
        cmap = colormaps[COLOURS]
        expected = [cmap(float(t))[:3] for t in GATES[gate].ravel()]
        assert np.allclose(colours, expected), gate
    finally:
        plt.close(figure)


def test_the_error_curve_is_drawn_against_the_epochs() -> None:
    history = [0.7, 0.5, 0.2, 0.1]
    figure = draw(Constant(0.5), history, "xor")  # type: ignore[arg-type]
    try:
        loss, _ = surface_of(figure)
        (line,) = loss.get_lines()
        assert list(line.get_xdata()) == [1, 2, 3, 4] and list(line.get_ydata()) == history
        assert (loss.get_xlabel(), loss.get_ylabel()) == ("t", "E")  # named in the caption
    finally:
        plt.close(figure)


def test_render_makes_a_png() -> None:
    net, history = train_gate("xor", epochs=5, seed=0)
    assert render(net, history, "xor").startswith(b"\x89PNG\r\n\x1a\n")
