# case: warmup scheduler cell increments self.global_step in construct and scales the output by it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupScale(nn.Cell):
    def __init__(self, warmup=10):
        super().__init__()
        self.fc = nn.Dense(4, 4)
        self.global_step = 0
        self.warmup = warmup

    def construct(self, x):
        self.global_step += 1
        factor = min(1.0, self.global_step / self.warmup)
        return self.fc(x) * factor


def make():
    return WarmupScale(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
