# case: multi-layer message passing network over an edge list, layers in a CellList, scatter-add with num_nodes from shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeConv(nn.Cell):
    def __init__(self, dim, edge_dim):
        super().__init__()
        self.msg = nn.Dense(2 * dim + edge_dim, dim)
        self.upd = nn.Dense(2 * dim, dim)

    def construct(self, h, src, dst, edge_attr):
        m = ops.relu(self.msg(ops.concat((ops.gather(h, src, 0), ops.gather(h, dst, 0), edge_attr), -1)))
        agg = ops.unsorted_segment_sum(m, dst, h.shape[0])
        return self.upd(ops.concat((h, agg), -1))


class MPNN(nn.Cell):
    def __init__(self, dim=6, edge_dim=2, num_layers=3, residual=True):
        super().__init__()
        self.residual = residual
        self.layers = nn.CellList([EdgeConv(dim, edge_dim) for _ in range(num_layers)])

    def construct(self, h, src, dst, edge_attr):
        for layer in self.layers:
            out = layer(h, src, dst, edge_attr)
            h = h + out if self.residual else out
        return h.mean(0)


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(5, 6).astype(np.float32))
    src = Tensor(np.array([0, 1, 2, 3, 4, 1], dtype=np.int32))
    dst = Tensor(np.array([1, 2, 3, 4, 0, 3], dtype=np.int32))
    ea = Tensor(np.random.randn(6, 2).astype(np.float32))
    return MPNN(), (h, src, dst, ea)
