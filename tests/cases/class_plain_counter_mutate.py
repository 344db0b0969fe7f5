# case: plain state object from __init__ has its int counter incremented in construct (self.state.count += 1); LAX may fall back, STRICT should fail on setattr of a non-jit_class object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepState:
    def __init__(self):
        self.count = 0
        self.warmup = 3


class WarmupScale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.state = StepState()

    def construct(self, x):
        self.state.count += 1
        ratio = min(self.state.count / self.state.warmup, 1.0)
        return x * ratio


def make():
    return WarmupScale(), (Tensor(np.ones((2, 5), np.float32)),)
