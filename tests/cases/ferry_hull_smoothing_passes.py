# case: hull vibration smoother runs a fixed number of moving-average passes in a while loop counted by a Python int -> constant loop, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MovingAverageSmoother(nn.Cell):
    def __init__(self, passes=3):
        super().__init__()
        self.passes = passes

    def smooth_once(self, x):
        left = ops.concat((x[:, :1], x[:, :-1]), axis=1)
        right = ops.concat((x[:, 1:], x[:, -1:]), axis=1)
        return (left + x + right) / 3.0

    def construct(self, signal):
        i = 0
        while i < self.passes:
            signal = self.smooth_once(signal)
            i += 1
        return signal


def make():
    np.random.seed(36)
    sig = Tensor(np.random.randn(2, 20).astype(np.float32))
    return MovingAverageSmoother(), (sig,)
