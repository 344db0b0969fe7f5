# case: side-information fusion smooths item embeddings over an item co-occurrence graph stored as COO indices/weights, building an ms.COOTensor in construct and densifying it -> sparse tensor in construct, Graph mode may reject or handle it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphFusionConfig:
    def __init__(self, n_items=12, hidden=8, fuse_graph=True, alpha=0.5):
        self.n_items = n_items
        self.hidden = hidden
        self.fuse_graph = fuse_graph
        self.alpha = alpha


def cooccurrence_edges(n_items, n_edges, seed=0):
    rng = np.random.RandomState(seed)
    src = rng.randint(0, n_items, n_edges)
    dst = rng.randint(0, n_items, n_edges)
    pairs = sorted(set(zip(src.tolist(), dst.tolist())))
    idx = np.array(pairs, dtype=np.int32)
    return Tensor(idx), Tensor(np.full((len(pairs),), 1.0 / len(pairs), np.float32))


class GraphSmoothedItems(nn.Cell):
    def __init__(self, config, edge_index, edge_weight):
        super().__init__()
        self.item_table = ms.Parameter(
            Tensor(np.random.randn(config.n_items, config.hidden).astype(np.float32)), name="item_table")
        self.edge_index = edge_index
        self.edge_weight = edge_weight
        self.n_items = config.n_items
        self.alpha = config.alpha
        self.fuse_graph = config.fuse_graph

    def _propagate(self, table):
        adj = ms.COOTensor(self.edge_index, self.edge_weight, (self.n_items, self.n_items))
        return ops.matmul(adj.to_dense(), table)

    def construct(self, item_ids):
        table = self.item_table
        if self.fuse_graph:
            table = (1 - self.alpha) * table + self.alpha * self._propagate(table)
        return ops.gather(table, item_ids, 0)


def make():
    np.random.seed(3585)
    cfg = GraphFusionConfig()
    idx, w = cooccurrence_edges(cfg.n_items, 20, seed=3)
    ids = Tensor(np.random.randint(0, 12, size=(2, 5)).astype(np.int32))
    return GraphSmoothedItems(cfg, idx, w), (ids,)
