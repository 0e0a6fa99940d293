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
    """Two panels, side by side: loss per epoch (log scale) and the network's output over
    the unit square with the truth table's four points. No words on it, only numbers and
    the inputs' names A and B: the caption explains it in the chat's language."""
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
    contour = surface_axes.contourf(xx, yy, zz, levels=20, cmap="RdBu_r", vmin=0, vmax=1)
    surface_axes.contour(xx, yy, zz, levels=[0.5], colors="k", linewidths=1)
    targets = GATES[gate].ravel()
    surface_axes.scatter(
        INPUTS[:, 0],
        INPUTS[:, 1],
        c=targets,
        cmap="RdBu_r",
        vmin=0,
        vmax=1,
        edgecolors="k",
        s=120,
    )
    surface_axes.set(xlabel="A", ylabel="B")
    figure.colorbar(contour, ax=surface_axes)
    figure.tight_layout()
    return figure
