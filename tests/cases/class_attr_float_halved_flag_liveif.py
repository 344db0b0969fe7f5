# case: a Python float attribute halved under a flag test (liveif) after it scaled the input, then zeros_like
import mindspore as ms
from mindspore import nn, ops


class Scaler(nn.Cell):
    def __init__(self, scale=4.0, adaptive=True):
        super().__init__()
        self.scale = scale
        self.adaptive = adaptive

    def construct(self, x):
        scaled = x * self.scale
        if self.adaptive:
            self.scale = self.scale / 2
        return ops.zeros_like(scaled) + scaled


def make():
    import numpy as np
    return Scaler(), (ms.Tensor(np.ones((2, 3), np.float32)),)
