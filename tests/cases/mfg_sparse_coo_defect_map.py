# case: build a sparse COO defect map from the defect pixel indices and scores and densify it for the report -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDefectMap(nn.Cell):
    def __init__(self, height=8, width=8, gain=2.0):
        super().__init__()
        self.shape = (height, width)
        self.gain = gain

    def construct(self, indices, scores):
        weighted = scores * self.gain
        sp = COOTensor(indices, weighted, self.shape)
        dense = sp.to_dense()
        row_load = dense.sum(axis=1)
        return dense, row_load


def make():
    np.random.seed(26)
    idx = Tensor(np.array([[0, 1], [2, 3], [5, 5], [7, 0]], np.int32))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    return SparseDefectMap(), (idx, scores)
