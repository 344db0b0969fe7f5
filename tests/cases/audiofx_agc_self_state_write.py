# case: automatic gain control stores the running gain on self.current_gain (plain float attribute) inside construct across calls -> error (attribute write on self in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoGain(nn.Cell):
    def __init__(self, target_rms=0.1, smoothing=0.9):
        super().__init__()
        self.target_rms = target_rms
        self.smoothing = smoothing
        self.current_gain = 1.0

    def construct(self, block):
        rms = ops.sqrt((block ** 2).mean() + 1e-12)
        desired = self.target_rms / rms
        self.current_gain = self.smoothing * self.current_gain + (1 - self.smoothing) * desired
        return block * self.current_gain


def make():
    np.random.seed(21)
    block = Tensor((0.3 * np.random.randn(64)).astype(np.float32))
    return AutoGain(), (block,)
