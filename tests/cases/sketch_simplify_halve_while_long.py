# case: stroke simplifier halves the point sequence in a while loop until the total path length falls under a budget -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PathSimplifier(nn.Cell):
    """Crude decimation of a dense trajectory before encoding."""

    def __init__(self, budget=6.0, out_dim=4):
        super().__init__()
        self.budget = budget
        self.encoder = nn.Dense(2, out_dim)

    def path_length(self, xy):
        seg = xy[1:] - xy[:-1]
        return ops.sqrt((seg ** 2).sum(axis=-1)).sum()

    def construct(self, strokes):
        xy = ops.cumsum(strokes[:, :2], axis=0)
        while self.path_length(xy) > self.budget:
            xy = xy[::2]
        return self.encoder(xy).mean(axis=0)


def make():
    np.random.seed(17)
    strokes = np.random.randn(16, 3).astype(np.float32)
    return PathSimplifier(), (Tensor(strokes),)
