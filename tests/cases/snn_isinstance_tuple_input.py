# case: spiking encoder accepts either a single frame or a tuple of (frame, bias), dispatched with isinstance -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RateEncoder(nn.Cell):
    def __init__(self, n_steps=4, gain=1.0):
        super().__init__()
        self.n_steps = n_steps
        self.gain = gain

    def construct(self, inputs):
        if isinstance(inputs, tuple):
            frame, bias = inputs
            drive = frame * self.gain + bias
        else:
            drive = inputs * self.gain
        v = ops.zeros_like(drive)
        total = ops.zeros_like(drive)
        for _ in range(self.n_steps):
            v = v + drive
            s = (v >= 1.0).astype(ms.float32)
            v = v - s
            total = total + s
        return total / self.n_steps


def make():
    np.random.seed(35)
    frame = Tensor(np.random.rand(2, 4, 4).astype(np.float32))
    bias = Tensor(np.full((2, 4, 4), 0.1, np.float32))
    return RateEncoder(), ((frame, bias),)
