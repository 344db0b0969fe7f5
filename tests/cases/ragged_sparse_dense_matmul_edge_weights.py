# case: message passing with SparseTensorDenseMatmul, sparse shape taken from config and feature shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpmmPropagation(nn.Cell):
    """Propagates node features along weighted edges with a sparse-dense matmul."""

    def __init__(self, hidden=8, num_hops=2, residual=True):
        super().__init__()
        self.num_hops = num_hops
        self.residual = residual
        self.spmm = ops.SparseTensorDenseMatmul()
        self.norm = nn.LayerNorm((hidden,))

    def propagate(self, edge_index, edge_weight, h):
        n = h.shape[0]
        return self.spmm(edge_index, edge_weight, (n, n), h)

    def construct(self, h, edge_index, edge_weight):
        out = h
        for _ in range(self.num_hops):
            msg = self.propagate(edge_index, edge_weight, out)
            out = msg + out if self.residual else msg
        return self.norm(out)


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(5, 8).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0], [1, 1]], dtype=np.int32))
    w = Tensor(np.random.rand(6).astype(np.float32))
    return SpmmPropagation(), (h, edges, w)
