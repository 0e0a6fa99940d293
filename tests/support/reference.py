"""The article's ConvLayer, kept loop for loop with `scipy.signal`, with its two bugs fixed.

The article added the bias once per input channel in the forward pass and set
`dBias[k] = layer_depth * sum(...)` in the backward pass, so its gradients were right only
when input depth equalled output depth. Here the bias is added once and its gradient is the
plain sum. Slow by design: it is the reference `ConvLayer` is tested against, so it lives
with the tests rather than in the library.
"""

from __future__ import annotations

import numpy as np
from scipy import signal

from nn import ConvLayer


class ReferenceConvLayer(ConvLayer):
    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self._remember_input(input, rank=4)
        output = np.zeros((len(input), *self.output_shape))
        for n, sample in enumerate(input):
            for k in range(self.layer_depth):
                for d in range(self.input_depth):
                    output[n, :, :, k] += signal.correlate2d(
                        sample[:, :, d], self.weights[:, :, d, k], "valid"
                    )
                output[n, :, :, k] += self.bias[k]
        self.output = output
        return output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        in_error = np.zeros(self.input.shape)
        d_weights = np.zeros(self.weights.shape)
        d_bias = np.zeros(self.layer_depth)
        for n, sample in enumerate(self.input):
            for k in range(self.layer_depth):
                for d in range(self.input_depth):
                    in_error[n, :, :, d] += signal.convolve2d(
                        output_error[n, :, :, k], self.weights[:, :, d, k], "full"
                    )
                    d_weights[:, :, d, k] += signal.correlate2d(
                        sample[:, :, d], output_error[n, :, :, k], "valid"
                    )
                d_bias[k] += np.sum(output_error[n, :, :, k])
        self.grads = {"weights": d_weights, "bias": d_bias}
        return in_error
