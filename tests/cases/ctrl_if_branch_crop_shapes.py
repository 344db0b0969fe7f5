# case: encoder keeps only the first half of the sequence when the mean activation is positive (tensor condition, branches of different length); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTruncate(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, x):
        h = self.proj(x)
        if h.mean() > 0:
            h = h[:, : h.shape[1] // 2]
        else:
            h = h * 2
        return h.sum(axis=1)


def make():
    return AdaptiveTruncate(), (Tensor(np.ones((2, 8, 8), np.float32)),)
