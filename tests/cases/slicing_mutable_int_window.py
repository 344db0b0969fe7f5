# case: same tail window but k is wrapped in ms.mutable, so it is a variable scalar in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class TailMean(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = nn.Dense(4, 2)

    def construct(self, seq, k):
        tail = seq[:, -k:, :]
        return self.proj(tail.mean(axis=1))


def make():
    seq = Tensor(np.random.randn(2, 7, 4).astype(np.float32))
    return TailMean(), (seq, ms.mutable(3))
