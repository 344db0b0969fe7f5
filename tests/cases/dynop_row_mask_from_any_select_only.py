# case: near miss: the same `.any(axis=-1)` row mask used only in ops.select / where (fixed size)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilter(nn.Cell):
    def __init__(self, bound=1.0):
        super().__init__()
        self.bound = bound
        self.head = nn.Dense(3, 1)

    def outside(self, pts):
        return (ops.abs(pts) > self.bound).any(axis=-1)

    def construct(self, pts):
        drop = self.outside(pts)
        score = self.head(pts).squeeze(-1)
        score = ops.select(drop, ops.zeros_like(score), score)
        count = ops.cast(drop, ms.float32).sum()
        return score, count


def make():
    np.random.seed(0)
    return BoxFilter(), (Tensor(np.random.uniform(-1.5, 1.5, (8, 3)).astype(np.float32)),)
