# case: mesh graph builder deduplicates undirected edges with ops.unique on a combined edge key before message passing -> unique gives a data-dependent length, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UndirectedMeshPass(nn.Cell):
    def __init__(self, n_nodes=10, feat=4):
        super().__init__()
        self.n_nodes = n_nodes
        self.lin = nn.Dense(feat, feat)

    def dedup(self, edge_index):
        a = ops.minimum(edge_index[0], edge_index[1])
        b = ops.maximum(edge_index[0], edge_index[1])
        key = a * self.n_nodes + b
        uniq, _ = ops.unique(key)
        return uniq // self.n_nodes, uniq % self.n_nodes

    def construct(self, h, edge_index):
        src, dst = self.dedup(edge_index)
        src2 = ops.concat((src, dst))
        dst2 = ops.concat((dst, src))
        msg = self.lin(ops.gather(h, src2, 0))
        agg = ops.unsorted_segment_sum(msg, dst2, self.n_nodes)
        return h + agg


def make():
    np.random.seed(12)
    h = Tensor(np.random.randn(10, 4).astype(np.float32))
    ei = np.random.randint(0, 10, size=(2, 24)).astype(np.int32)
    ei[:, 12:] = ei[::-1, :12]
    return UndirectedMeshPass(), (h, Tensor(ei))
