# case: R-GCN encoder builds a per-relation sparse COOTensor adjacency from the edge list inside construct and aggregates messages with a sparse-dense matmul -> Graph mode may reject or treat the sparse path dynamically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RGCNConfig:
    def __init__(self, num_entities=20, num_relations=3, hidden=8, num_layers=2, self_loop=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.hidden = hidden
        self.num_layers = num_layers
        self.self_loop = self_loop


class RGCNLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_nodes = config.num_entities
        self.num_relations = config.num_relations
        self.self_loop = config.self_loop
        self.rel_weight = Parameter(Tensor(np.random.randn(config.num_relations, config.hidden, config.hidden).astype(np.float32) * 0.1), name="rel_weight")
        self.loop = nn.Dense(config.hidden, config.hidden, has_bias=False)
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, x, edge_index, edge_type, edge_norm):
        out = self.loop(x) if self.self_loop else ops.zeros_like(x)
        for rel in range(self.num_relations):
            w = edge_norm * (edge_type == rel).astype(ms.float32)
            adj = ms.COOTensor(edge_index, w, (self.num_nodes, self.num_nodes))
            out = out + self.spmm(adj.indices, adj.values, adj.shape, ops.matmul(x, self.rel_weight[rel]))
        return ops.relu(out)


class RGCNEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([RGCNLayer(config) for _ in range(config.num_layers)])

    def construct(self, x, edge_index, edge_type, edge_norm):
        for layer in self.layers:
            x = layer(x, edge_index, edge_type, edge_norm)
        return x


def make():
    np.random.seed(3677)
    cfg = RGCNConfig()
    e = 30
    src = np.random.randint(0, cfg.num_entities, e)
    dst = np.random.randint(0, cfg.num_entities, e)
    idx = np.stack([dst, src], 1).astype(np.int64)
    x = Tensor(np.random.randn(cfg.num_entities, cfg.hidden).astype(np.float32))
    et = Tensor(np.random.randint(0, cfg.num_relations, e), ms.int32)
    norm = Tensor(np.full(e, 0.5, np.float32))
    return RGCNEncoder(cfg), (x, Tensor(idx), et, norm)
