# case: attention block output (query shape) against its mean over tokens under a tensor `if` -> dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Mixer(nn.Cell):
    def __init__(self, d=8, heads=2):
        super().__init__()
        self.attn = nn.MultiheadAttention(d, heads, batch_first=True)

    def construct(self, x, gate):
        y, _ = self.attn(x, x, x)
        if gate.mean() > 0:
            y = y.mean(axis=1)
        return y


def make():
    x = Tensor(np.random.RandomState(3).randn(2, 4, 8).astype(np.float32))
    return Mixer(), (x, Tensor(1.0, ms.float32))
