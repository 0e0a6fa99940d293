"""The picture sent after training: the loss curve and the decision surface (PNG)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display: render to memory

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from bot.lab.gates import GATES, INPUTS
from nn.network import Network

GRID = 60
COLOURS = "RdBu_r"  # blue = 0, red = 1
LEVELS = np.linspace(0, 1, 21)  # fixed, whatever the network outputs: blue is always 0


def render(net: Network, history: list[float], gate: str) -> bytes:
    """The picture as PNG bytes."""
    figure = draw(net, history, gate)
    try:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)


def draw(net: Network, history: list[float], gate: str) -> Figure:
    """Two panels, side by side: the error per epoch (log scale) and the network's output
    over the unit square, on a colour scale fixed from 0 (blue) to 1 (red), with the four
    training examples as four dots coloured by their target.

    No words on it, only numbers and symbols (t for the epoch, E for the error, A and B for
    the inputs): the machine's only fonts (DejaVu, STIX, Computer Modern) have no Chinese
    glyphs, so the caption names them in the chat's language."""
    figure, (loss_axes, surface_axes) = plt.subplots(1, 2, figsize=(8, 3.6), dpi=100)
    loss_axes.plot(range(1, len(history) + 1), history, color="#d62728")
    if min(history, default=1) > 0:
        loss_axes.set_yscale("log")
    loss_axes.set(xlabel="t", ylabel="E")
    loss_axes.grid(alpha=0.3)

    axis = np.linspace(-0.25, 1.25, GRID)
    xx, yy = np.meshgrid(axis, axis)
    grid = np.column_stack([xx.ravel(), yy.ravel()])
    zz = net.predict(grid).reshape(xx.shape)
    # Outputs are within [0, 1] (a sigmoid), but rounding may step just past either end.
    zz = np.clip(zz, 0, 1)
    contour = surface_axes.contourf(xx, yy, zz, levels=LEVELS, cmap=COLOURS, vmin=0, vmax=1)
    if zz.min() < 0.5 < zz.max():  # where it answers 0.5, if it does anywhere
        surface_axes.contour(xx, yy, zz, levels=[0.5], colors="k", linewidths=1)
    targets = GATES[gate].ravel()
    surface_axes.scatter(
        INPUTS[:, 0],
        INPUTS[:, 1],
        c=targets,
        cmap=COLOURS,
        vmin=0,
        vmax=1,
        edgecolors="k",
        s=120,
    )
    surface_axes.set(xlabel="A", ylabel="B")
    figure.colorbar(contour, ax=surface_axes, ticks=[0, 0.5, 1])
    figure.tight_layout()
    return figure
