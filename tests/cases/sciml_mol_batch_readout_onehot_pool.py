# case: batched molecule readout with a one-hot assignment matrix sized by the per-molecule target tensor's shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphPool(nn.Cell):
    def __init__(self, reduce="sum"):
        super().__init__()
        self.reduce = reduce
        self.one_hot = ops.OneHot()

    def construct(self, x, graph_ids, n_graphs):
        assign = self.one_hot(graph_ids, n_graphs, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        pooled = ops.matmul(assign.T, x)
        if self.reduce == "mean":
            pooled = pooled / ops.maximum(assign.sum(0), 1.0).expand_dims(-1)
        return pooled


class EnergyModel(nn.Cell):
    def __init__(self, dim=16, n_types=6, reduce="mean"):
        super().__init__()
        self.embed = nn.Embedding(n_types, dim)
        self.atom_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.SiLU(), nn.Dense(dim, 1)])
        self.pool = GraphPool(reduce)

    def construct(self, z, graph_ids, targets):
        e_atom = self.atom_mlp(self.embed(z))
        e_mol = self.pool(e_atom, graph_ids, targets.shape[0]).squeeze(-1)
        return ops.square(e_mol - targets).mean()


def make():
    z = Tensor(np.array([0, 1, 1, 2, 3, 0, 4, 5, 1, 2], np.int32))
    graph_ids = Tensor(np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2], np.int32))
    targets = Tensor(np.array([-1.0, 0.5, 2.0], np.float32))
    return EnergyModel(), (z, graph_ids, targets)
