"""nn's own layer classes, in one list: the ones a saved network may name."""

from __future__ import annotations

from nn.activation_layer import ActivationLayer, SoftmaxLayer
from nn.conv_layer import ConvLayer
from nn.dropout_layer import DropoutLayer
from nn.fc_layer import FCLayer
from nn.flatten_layer import FlattenLayer
from nn.layer import Layer
from nn.pooling import MaxPoolingLayer

BUILTIN_LAYERS: tuple[type[Layer], ...] = (
    FCLayer,
    ActivationLayer,
    SoftmaxLayer,
    ConvLayer,
    MaxPoolingLayer,
    FlattenLayer,
    DropoutLayer,
)
