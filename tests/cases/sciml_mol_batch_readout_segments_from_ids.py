# case: batched molecule readout where the number of molecules is read from the graph-id tensor (max+1) for segment_sum -> compile error or dynamic at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyReadout(nn.Cell):
    def __init__(self, dim=16, n_types=6, mean_pool=False):
        super().__init__()
        self.embed = nn.Embedding(n_types, dim)
        self.atom_mlp = nn.SequentialCell([nn.Dense(dim, dim), nn.SiLU(), nn.Dense(dim, 1)])
        self.mean_pool = mean_pool

    def pool(self, e_atom, graph_ids):
        n_graphs = graph_ids.max() + 1
        e = ops.unsorted_segment_sum(e_atom, graph_ids, n_graphs)
        if self.mean_pool:
            counts = ops.unsorted_segment_sum(ops.ones_like(e_atom), graph_ids, n_graphs)
            e = e / counts
        return e

    def construct(self, z, graph_ids):
        e_atom = self.atom_mlp(self.embed(z)).squeeze(-1)
        return self.pool(e_atom, graph_ids)


def make():
    z = Tensor(np.array([0, 1, 1, 2, 3, 0, 4, 5, 1, 2], np.int32))
    graph_ids = Tensor(np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2], np.int32))
    return EnergyReadout(), (z, graph_ids)
