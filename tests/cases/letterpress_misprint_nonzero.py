# case: locate misprint pixels where the printed sheet differs from the proof and return their coordinates via ops.nonzero -> output shape depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sheet_difference(printed, proof):
    return ops.abs(printed - proof)


class MisprintLocator(nn.Cell):
    def __init__(self, tolerance=0.2):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, printed, proof):
        diff = sheet_difference(printed, proof)
        defects = diff > self.tolerance
        coords = ops.nonzero(defects)
        return coords, defects.astype(ms.float32).sum()


def make():
    np.random.seed(31)
    proof = np.random.rand(32, 40).astype(np.float32)
    printed = proof + np.random.normal(0, 0.1, proof.shape).astype(np.float32)
    return MisprintLocator(), (Tensor(printed), Tensor(proof))
