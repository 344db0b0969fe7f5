# case: construct increments a plain Python int attribute on self (a step counter); LAX uses interpreter fallback (dynamic), STRICT errors because only Parameter attributes may be modified
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupScale(nn.Cell):
    def __init__(self, warmup=10):
        super().__init__()
        self.warmup = warmup
        self.step = 0

    def construct(self, x):
        self.step += 1
        factor = min(1.0, self.step / self.warmup)
        return x * factor


def make():
    return WarmupScale(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
