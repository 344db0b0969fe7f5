# case: build a sparse COO defect map from detected pixel coordinates and densify it inside construct -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDefectMap(nn.Cell):
    def __init__(self, height=8, width=10):
        super().__init__()
        self.shape = (height, width)

    def construct(self, coords, weights):
        sp = COOTensor(coords, weights, self.shape)
        dense = sp.to_dense()
        row_load = dense.sum(axis=1)
        return dense, row_load


def make():
    np.random.seed(18)
    coords = Tensor(np.array([[0, 1], [2, 3], [5, 7], [7, 9]], dtype=np.int32))
    weights = Tensor(np.random.rand(4).astype(np.float32))
    return SparseDefectMap(), (coords, weights)
