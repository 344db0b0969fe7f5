# case: R-GCN encoder with basis decomposition scatters edge weights into a dense per-relation adjacency and loops over a CellList with enumerate/zip -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RGCNConfig:
    def __init__(self, num_entities=20, num_relations=3, hidden=8, num_bases=2, num_layers=2, use_layer_norm=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.hidden = hidden
        self.num_bases = num_bases
        self.num_layers = num_layers
        self.use_layer_norm = use_layer_norm


class BasisRGCNLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_nodes = config.num_entities
        self.num_relations = config.num_relations
        self._build_weights(config)

    def _build_weights(self, config):
        bases = np.random.randn(config.num_bases, config.hidden, config.hidden).astype(np.float32) * 0.1
        coeff = np.random.randn(config.num_relations, config.num_bases).astype(np.float32)
        self.bases = Parameter(Tensor(bases), name="bases")
        self.coeff = Parameter(Tensor(coeff), name="coeff")

    def dense_adjacency(self, edge_index, weight):
        adj = ops.zeros((self.num_nodes, self.num_nodes), ms.float32)
        return ops.tensor_scatter_add(adj, edge_index, weight)

    def construct(self, x, edge_index, edge_type, edge_norm):
        nb, hid, _ = self.bases.shape
        rel_w = ops.matmul(self.coeff, self.bases.reshape(nb, -1)).reshape(self.num_relations, hid, hid)
        out = ops.zeros_like(x)
        for rel in range(self.num_relations):
            adj = self.dense_adjacency(edge_index, edge_norm * (edge_type == rel).astype(ms.float32))
            out = out + ops.matmul(adj, ops.matmul(x, rel_w[rel]))
        return out


class RGCNEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([BasisRGCNLayer(config) for _ in range(config.num_layers)])
        self.norms = nn.CellList([nn.LayerNorm((config.hidden,)) for _ in range(config.num_layers)])
        self.use_layer_norm = config.use_layer_norm

    def construct(self, x, edge_index, edge_type, edge_norm):
        for i, (layer, norm) in enumerate(zip(self.layers, self.norms)):
            h = layer(x, edge_index, edge_type, edge_norm)
            h = norm(h) if self.use_layer_norm else h
            x = ops.relu(h) + x if i > 0 else ops.relu(h)
        return x


def make():
    np.random.seed(3678)
    cfg = RGCNConfig()
    e = 30
    idx = np.stack([np.random.randint(0, cfg.num_entities, e), np.random.randint(0, cfg.num_entities, e)], 1).astype(np.int32)
    x = Tensor(np.random.randn(cfg.num_entities, cfg.hidden).astype(np.float32))
    et = Tensor(np.random.randint(0, cfg.num_relations, e), ms.int32)
    return RGCNEncoder(cfg), (x, Tensor(idx), et, Tensor(np.full(e, 0.5, np.float32)))
