# case: a @jit_class buffer of matched costs is built from tensors inside construct and its fields are overwritten per disparity -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MatchBuffer:
    def __init__(self, best_cost, best_disp):
        self.best_cost = best_cost
        self.best_disp = best_disp


class WinnerTakesAllSAD(nn.Cell):
    def __init__(self, max_disp=6):
        super().__init__()
        self.max_disp = max_disp

    def sad(self, left, right, d):
        w = left.shape[-1]
        shifted = ops.pad(right[..., :w - d], (d, 0), value=0.0) if d > 0 else right
        return ops.abs(left - shifted).sum(axis=1)

    def construct(self, left, right):
        cost0 = self.sad(left, right, 0)
        buf = MatchBuffer(cost0, ops.zeros_like(cost0))
        for d in range(1, self.max_disp):
            c = self.sad(left, right, d)
            better = c < buf.best_cost
            buf.best_cost = ops.select(better, c, buf.best_cost)
            buf.best_disp = ops.select(better, ops.full_like(c, d), buf.best_disp)
        return buf.best_disp


def make():
    np.random.seed(17)
    left = Tensor(np.random.rand(1, 3, 5, 12).astype(np.float32))
    right = Tensor(np.random.rand(1, 3, 5, 12).astype(np.float32))
    return WinnerTakesAllSAD(), (left, right)
