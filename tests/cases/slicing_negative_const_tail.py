# case: keeps the last self.k time steps with a negative constant start (x[:, -k:]) where k is a config int, a static slice
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class LastKPool(nn.Cell):
    def __init__(self, k):
        super().__init__()
        self.k = k
        self.fc = nn.Dense(4, 2)

    def construct(self, seq):
        tail = seq[:, -self.k:, :]
        pooled = mint.mean(tail, dim=1)
        return self.fc(pooled)


def make():
    return LastKPool(3), (Tensor(np.random.randn(2, 7, 4).astype(np.float32)),)
