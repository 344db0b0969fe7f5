# case: particle contact graph as COOTensor whose values are filtered with masked_select before rebuilding the COOTensor; expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def prune_weak(adj, thresh):
    keep = adj.values > thresh
    vals = ops.masked_select(adj.values, keep)
    rows = ops.masked_select(adj.indices[:, 0], keep)
    cols = ops.masked_select(adj.indices[:, 1], keep)
    return COOTensor(ops.stack((rows, cols), axis=1), vals, adj.shape)


class Net(nn.Cell):
    def __init__(self, thresh=0.3):
        super().__init__()
        self.thresh = thresh

    def construct(self, indices, values, forces):
        adj = COOTensor(indices, values, (6, 6))
        adj = prune_weak(adj, self.thresh)
        return ops.matmul(adj.to_dense(), forces)


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], np.int32))
    vals = Tensor(np.array([0.1, 0.5, 0.9, 0.2, 0.7, 0.4], np.float32))
    forces = Tensor(np.random.randn(6, 3).astype(np.float32))
    return Net(), (idx, vals, forces)
