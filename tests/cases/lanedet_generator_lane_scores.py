# case: sum per-lane smoothness penalties with a generator expression over unstacked lanes inside construct -> error or unsupported generator in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneSmoothnessPenalty(nn.Cell):
    def __init__(self, weight=0.1):
        super().__init__()
        self.weight = weight

    def second_diff(self, xs):
        return ((xs[2:] - 2 * xs[1:-1] + xs[:-2]) ** 2).mean()

    def construct(self, lane_xs):
        lanes = ops.unstack(lane_xs, axis=0)
        total = sum(self.second_diff(l) for l in lanes)
        return self.weight * total


def make():
    np.random.seed(40)
    xs = Tensor(np.cumsum(np.random.randn(4, 18), axis=1).astype(np.float32))
    return LaneSmoothnessPenalty(), (xs,)
