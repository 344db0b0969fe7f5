# case: a float attribute updated from itself and data, never read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tracker(nn.Cell):
    def __init__(self, momentum=0.9, init_rms=0.0):
        super().__init__()
        self.momentum = momentum
        self.running_rms = 0.0

    def construct(self, chunk):
        rms = ops.sqrt(ops.mean(chunk * chunk) + 1e-8)
        self.running_rms = self.momentum * self.running_rms + (1 - self.momentum) * rms
        return chunk * 2.0


def make():
    np.random.seed(10)
    return Tracker(), (Tensor((np.random.randn(1, 48) * 0.2).astype(np.float32)),)
