# case: build the drug-drug interaction adjacency densely with tensor_scatter_update from a fixed list of pairs and propagate severity -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractionGNNLayer(nn.Cell):
    def __init__(self, n_drugs=8, dim=4, n_layers=2):
        super().__init__()
        self.n_drugs = n_drugs
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(n_layers)])

    def adjacency(self, pair_idx, pair_sev):
        adj = ops.zeros((self.n_drugs, self.n_drugs), ms.float32)
        adj = ops.tensor_scatter_update(adj, pair_idx, pair_sev)
        return adj + adj.T

    def construct(self, pair_idx, pair_sev, drug_emb):
        adj = self.adjacency(pair_idx, pair_sev)
        h = drug_emb
        for layer in self.layers:
            h = ops.relu(layer(ops.matmul(adj, h))) + h
        return h


def make():
    np.random.seed(93)
    pairs = np.array([[0, 3], [1, 2], [2, 5], [4, 7], [6, 1]], np.int32)
    sev = Tensor(np.random.uniform(0.1, 1.0, (5,)).astype(np.float32))
    emb = Tensor(np.random.randn(8, 4).astype(np.float32))
    return InteractionGNNLayer(), (Tensor(pairs), sev, emb)
