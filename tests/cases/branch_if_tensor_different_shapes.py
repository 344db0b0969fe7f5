# case: `if x.sum() > 0` returns the first half of the rows in one branch and all rows in the other; branches differ in shape -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalCrop(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        h = self.fc(x)
        if h.sum() > 0:
            out = h[: h.shape[0] // 2]
        else:
            out = h
        return out * 2


def make():
    return ConditionalCrop(), (Tensor(np.random.randn(8, 4).astype(np.float32)),)
