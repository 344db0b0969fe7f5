# case: graph readout infers the number of graphs in the batch from graph_ids.max()+1 for unsorted_segment_sum -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphSumReadout(nn.Cell):
    """Sums node embeddings per graph in a batched (disjoint-union) graph."""

    def __init__(self, in_dim=5, out_dim=3, use_mlp=True):
        super().__init__()
        self.use_mlp = use_mlp
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, in_dim), nn.ReLU()])
        self.head = nn.Dense(in_dim, out_dim)

    def readout(self, h, graph_ids):
        num_graphs = graph_ids.max() + 1
        return ops.unsorted_segment_sum(h, graph_ids, num_graphs)

    def construct(self, node_feats, graph_ids):
        h = self.mlp(node_feats) if self.use_mlp else node_feats
        g = self.readout(h, graph_ids)
        return self.head(g)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(9, 5).astype(np.float32))
    gid = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], dtype=np.int32))
    return GraphSumReadout(), (x, gid)
