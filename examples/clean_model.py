"""Near misses of every family: all of this compiles to a static graph."""
import mindspore as ms
import numpy as np
from mindspore import nn, ops


class CleanHead(nn.Cell):
    def __init__(self, keep=4):
        super().__init__()
        self.keep = keep
        self.dense = nn.Dense(4, 4)

    def construct(self, x, k):
        n = x.shape[0]
        head = x[: n // 2]
        kept = x[: self.keep]
        row = x[k]
        x[x < 0] = 0
        masked = ops.select(x > 0, x, ops.zeros_like(x))
        if x.sum() > 0:
            y = self.dense(x) * 2
        else:
            y = self.dense(x)
        for i in range(3):
            y = y + x[i:i + 1].sum()
        scale = np.sqrt(x.shape[1])
        return head, kept, row, masked, y / scale


def make_clean_head():
    return CleanHead(), (ms.Tensor(np.ones((8, 4), np.float32)), ms.Tensor(1, ms.int32))
