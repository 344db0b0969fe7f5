# case: supervoxel label-smoothing layer propagates class probabilities over a CSRTensor supervoxel adjacency graph (passed in as indptr/indices/values) with a fixed number of iterations -> sparse tensor and sparse matmul inside construct, expected to be flagged as sparse in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothingConfig:
    num_iters = 2
    alpha = 0.5
    normalize = True


class SupervoxelSmoothing(nn.Cell):
    def __init__(self, num_nodes, config=SmoothingConfig):
        super().__init__()
        self.num_nodes = num_nodes
        self.num_iters = config.num_iters
        self.alpha = config.alpha
        self.normalize = config.normalize

    def _adjacency(self, indptr, indices, values):
        return ms.CSRTensor(indptr, indices, values, (self.num_nodes, self.num_nodes))

    def construct(self, probs, indptr, indices, values):
        adj = self._adjacency(indptr, indices, values)
        h = probs
        for _ in range(self.num_iters):
            cols = [adj.mv(h[:, c:c + 1]) for c in range(h.shape[1])]
            neigh = ops.cat(cols, axis=1)
            h = (1.0 - self.alpha) * probs + self.alpha * neigh
        if self.normalize:
            h = h / ops.maximum(h.sum(axis=1, keepdims=True), Tensor(1e-6, ms.float32))
        return h


def make():
    np.random.seed(23)
    n = 6
    dense = (np.random.rand(n, n) > 0.5).astype(np.float32)
    dense = dense / np.maximum(dense.sum(1, keepdims=True), 1)
    rows, cols = np.nonzero(dense)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n))]).astype(np.int32)
    probs = np.random.rand(n, 3).astype(np.float32)
    return SupervoxelSmoothing(n), (Tensor(probs), Tensor(indptr), Tensor(cols.astype(np.int32)), Tensor(dense[rows, cols]))
