# case: a row mask from `.all(axis=-1)` of a comparison in a helper, used to index points and an arange
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxFilter(nn.Cell):
    def __init__(self, bound=1.0):
        super().__init__()
        self.bound = bound
        self.head = nn.Dense(3, 1)

    def inside(self, pts):
        return (ops.abs(pts) <= self.bound).all(axis=-1)

    def construct(self, pts):
        keep = self.inside(pts)
        idx = ops.arange(pts.shape[0])[keep]
        score = self.head(pts[keep]).squeeze(-1)
        return idx, score


def make():
    np.random.seed(0)
    return BoxFilter(), (Tensor(np.random.uniform(-1.5, 1.5, (8, 3)).astype(np.float32)),)
