# case: reorder envelope sensor array axes with a permutation stored in the logger header tensor -> transpose with perm from data, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorLayout(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 0.1

    def construct(self, raw, header_perm):
        perm = tuple(int(p) for p in header_perm)
        ordered = ops.transpose(raw, perm)
        return ordered * self.scale


def make():
    np.random.seed(191)
    raw = Tensor(np.random.rand(4, 12, 30).astype(np.float32))
    perm = Tensor(np.array([2, 0, 1], dtype=np.int32))
    return SensorLayout(), (raw, perm)
