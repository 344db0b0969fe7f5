# case: R-GCN style encoder aggregates neighbour embeddings with a COOTensor adjacency per relation before DistMult decoding -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseRGCNLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.w_rel = nn.Dense(dim, dim, has_bias=False)
        self.w_self = nn.Dense(dim, dim, has_bias=False)

    def construct(self, x, adj_indices, adj_values, num_nodes):
        adj = COOTensor(adj_indices, adj_values, (num_nodes, num_nodes))
        agg = ops.matmul(adj.to_dense(), self.w_rel(x))
        return ops.relu(agg + self.w_self(x))


class RGCNLinkPredictor(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.num_entities = num_entities
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.layer = SparseRGCNLayer(dim)

    def construct(self, adj_indices, adj_values, heads, rels, tails):
        x = self.layer(self.ent.embedding_table, adj_indices, adj_values, self.num_entities)
        h = ops.gather(x, heads, 0)
        t = ops.gather(x, tails, 0)
        return (h * self.rel(rels) * t).sum(axis=-1)


def make():
    np.random.seed(30)
    n = 12
    idx = np.stack([np.random.randint(0, n, 20), np.random.randint(0, n, 20)], axis=1).astype(np.int32)
    vals = np.full(20, 0.5, dtype=np.float32)
    net = RGCNLinkPredictor(n, 3)
    heads = Tensor(np.random.randint(0, n, (4,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 3, (4,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, n, (4,)).astype(np.int32))
    return net, (Tensor(idx), Tensor(vals), heads, rels, tails)
