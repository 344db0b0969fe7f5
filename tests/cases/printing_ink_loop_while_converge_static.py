# case: ink-key correction loop runs while the max error exceeds tolerance (capped by a counter), carrying only fixed-shape tensors through the loop -> static control flow (tensor while with fixed shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkWhileSim(nn.Cell):
    def __init__(self, gain=0.5, tolerance=0.02, press_response=0.9, max_iter=20):
        super().__init__()
        self.gain = gain
        self.tolerance = tolerance
        self.response = press_response
        self.max_iter = max_iter

    def construct(self, density, target):
        it = Tensor(0, ms.int32)
        err = target - density
        while ops.abs(err).max() > self.tolerance and it < self.max_iter:
            density = density + self.response * self.gain * err
            err = target - density
            it = it + 1
        return density, it


def make():
    np.random.seed(31)
    dens = np.random.normal(1.3, 0.1, (8,)).astype(np.float32)
    target = np.full((8,), 1.45, np.float32)
    return InkWhileSim(), (Tensor(dens), Tensor(target))
