# case: an EMA computed into a local from a float attribute, the attribute untouched
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
        level = self.momentum * self.running_rms + (1 - self.momentum) * rms
        gain = 0.1 / (level + 1e-6)
        return chunk * gain


def make():
    np.random.seed(10)
    return Tracker(), (Tensor((np.random.randn(1, 48) * 0.2).astype(np.float32)),)
