# case: propagate travel cost along a road graph stored as ms.CSRTensor with sparse-dense matmul -> sparse tensor ops, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_csr(n):
    indptr = np.arange(0, 2 * n + 1, 2, dtype=np.int32)
    cols = np.stack([(np.arange(n) - 1) % n, (np.arange(n) + 1) % n], 1).reshape(-1)
    return indptr, np.sort(cols.reshape(n, 2), 1).reshape(-1).astype(np.int32)


class CostPropagation(nn.Cell):
    def __init__(self, n_nodes=12, hops=3):
        super().__init__()
        self.n_nodes = n_nodes
        self.hops = hops

    def construct(self, indptr, indices, values, cost):
        graph = ms.CSRTensor(indptr, indices, values, (self.n_nodes, self.n_nodes))
        c = cost.reshape(-1, 1)
        for _ in range(self.hops):
            c = ops.minimum(c, graph.mv(c))
        return c.squeeze(-1)


def make():
    np.random.seed(52)
    indptr, indices = ring_csr(12)
    vals = (np.random.rand(indices.shape[0]) * 0.5 + 0.25).astype(np.float32)
    cost = (np.random.rand(12) * 10.0).astype(np.float32)
    return CostPropagation(), (Tensor(indptr), Tensor(indices), Tensor(vals), Tensor(cost))
