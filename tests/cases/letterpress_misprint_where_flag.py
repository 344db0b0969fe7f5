# case: flag misprint pixels with ops.where and replace them with proof ink for a corrected preview -> three-argument where keeps static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sheet_difference(printed, proof):
    return ops.abs(printed - proof)


class MisprintCorrector(nn.Cell):
    def __init__(self, tolerance=0.2):
        super().__init__()
        self.tolerance = tolerance

    def construct(self, printed, proof):
        diff = sheet_difference(printed, proof)
        defects = diff > self.tolerance
        corrected = ops.where(defects, proof, printed)
        defect_rate = defects.astype(ms.float32).mean()
        worst_row = diff.max(axis=1).argmax()
        return corrected, defect_rate, worst_row


def make():
    np.random.seed(32)
    proof = np.random.rand(32, 40).astype(np.float32)
    printed = proof + np.random.normal(0, 0.1, proof.shape).astype(np.float32)
    return MisprintCorrector(), (Tensor(printed), Tensor(proof))
