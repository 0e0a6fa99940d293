"""A small neural-network library in numpy, after Omar Aflak's "Math Neural Network from
scratch in Python": the article's API, made correct, vectorised over batches, and complete."""

from nn.activation_layer import ActivationLayer, SoftmaxLayer
from nn.activations import (
    leaky_relu,
    leaky_relu_prime,
    relu,
    relu_prime,
    sigmoid,
    sigmoid_prime,
    softmax,
    tanh,
    tanh_prime,
)
from nn.conv_layer import ConvLayer
from nn.dropout_layer import DropoutLayer
from nn.fc_layer import FCLayer
from nn.flatten_layer import FlattenLayer
from nn.initializers import seed
from nn.layer import Layer
from nn.losses import (
    binary_cross_entropy,
    binary_cross_entropy_prime,
    mse,
    mse_prime,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)
from nn.network import Network
from nn.optimizers import SGD, Adam, Momentum
from nn.pooling import MaxPoolingLayer

__all__ = [
    "SGD",
    "ActivationLayer",
    "Adam",
    "ConvLayer",
    "DropoutLayer",
    "FCLayer",
    "FlattenLayer",
    "Layer",
    "MaxPoolingLayer",
    "Momentum",
    "Network",
    "SoftmaxLayer",
    "binary_cross_entropy",
    "binary_cross_entropy_prime",
    "leaky_relu",
    "leaky_relu_prime",
    "mse",
    "mse_prime",
    "relu",
    "relu_prime",
    "seed",
    "sigmoid",
    "sigmoid_prime",
    "softmax",
    "softmax_cross_entropy",
    "softmax_cross_entropy_prime",
    "tanh",
    "tanh_prime",
]
