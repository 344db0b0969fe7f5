# case: propagate bike demand between neighbouring docking stations using a sparse COOTensor adjacency built inside construct -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DockGraphConv(nn.Cell):
    def __init__(self, n_stations, in_dim=6, out_dim=4):
        super().__init__()
        self.n_stations = n_stations
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, demand, edge_index, edge_w):
        adj = ms.COOTensor(edge_index, edge_w, (self.n_stations, self.n_stations))
        h = self.lin(demand)
        agg = ops.matmul(adj.to_dense(), h)
        return ops.relu(agg + h)


def make():
    np.random.seed(91)
    n = 30
    src = np.random.randint(0, n, 80)
    dst = np.random.randint(0, n, 80)
    pairs = sorted(set(zip(src.tolist(), dst.tolist())))
    idx = np.array(pairs, dtype=np.int32)
    w = np.random.rand(len(pairs)).astype(np.float32)
    demand = np.random.rand(n, 6).astype(np.float32)
    return DockGraphConv(n), (Tensor(demand), Tensor(idx), Tensor(w))
