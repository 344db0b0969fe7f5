# case: graph normaliser adds self-loops to a COO adjacency with ops.coo_add
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class AddSelfLoops(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.n = n
        self.eye_idx = Tensor(np.stack([np.arange(n), np.arange(n)], 1).astype(np.int64))
        self.eye_val = Tensor(np.ones(n, np.float32))
        self.thresh = Tensor(0.0, ms.float32)

    def construct(self, edges, w):
        adj = COOTensor(edges, w, (self.n, self.n))
        eye = COOTensor(self.eye_idx, self.eye_val, (self.n, self.n))
        full = ops.coo_add(adj, eye, self.thresh)
        return full.values.sum()


def make():
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 0]], np.int64))
    return AddSelfLoops(), (edges, Tensor(np.array([1.0, 2.0, 3.0], np.float32)))
