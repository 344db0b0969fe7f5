# case: iteratively refine lane x positions toward the local seg peak with a while loop that stops on convergence or an iteration cap; loop state keeps its shape -> static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneRefiner(nn.Cell):
    def __init__(self, step=0.5, tol=1e-2, max_iter=10):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, xs, target_xs):
        i = Tensor(0, ms.int32)
        delta = ops.abs(target_xs - xs).max()
        while delta > self.tol and i < self.max_iter:
            xs = xs + self.step * (target_xs - xs)
            delta = ops.abs(target_xs - xs).max()
            i = i + 1
        return xs, i


def make():
    np.random.seed(37)
    xs = Tensor(np.random.rand(4, 18).astype(np.float32))
    tgt = Tensor(np.random.rand(4, 18).astype(np.float32))
    return LaneRefiner(), (xs, tgt)
