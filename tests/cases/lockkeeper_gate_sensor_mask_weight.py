# case: average gate-position samples while zero-weighting sensor dropouts by multiplying with the mask -> fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dropout_flags(positions, low=-0.05, high=1.05):
    return ops.logical_or(positions < low, positions > high)


class GateOpeningEstimator(nn.Cell):
    def __init__(self, n_gates=4, eps=1e-6):
        super().__init__()
        self.n_gates = n_gates
        self.eps = eps

    def construct(self, positions):
        keep = ops.logical_not(dropout_flags(positions)).astype(ms.float32)
        total = (positions * keep).sum(axis=1)
        count = keep.sum(axis=1) + self.eps
        per_gate = total / count
        return per_gate, count


def make():
    np.random.seed(22)
    pos = np.clip(np.random.rand(4, 30).astype(np.float32), 0, 1)
    pos[0, 3] = 2.5
    pos[3, 29] = -0.7
    return GateOpeningEstimator(), (Tensor(pos),)
