# case: relation-wise neighbour aggregation that picks each relation's edges by boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationalAggregator(nn.Cell):
    def __init__(self, num_nodes=12, num_relations=3, dim=8, self_loop=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.num_relations = num_relations
        self.rel_lin = nn.CellList([nn.Dense(dim, dim, has_bias=False) for _ in range(num_relations)])
        self.loop_lin = nn.Dense(dim, dim)
        self.self_loop = self_loop

    def construct(self, x, edge_index, edge_type):
        src = edge_index[0]
        dst = edge_index[1]
        out = ops.zeros_like(x)
        for r in range(self.num_relations):
            sel = edge_type == r
            src_r = src[sel]
            dst_r = dst[sel]
            msg = self.rel_lin[r](ops.gather(x, src_r, 0))
            out = out + ops.unsorted_segment_sum(msg, dst_r, self.num_nodes)
        if self.self_loop:
            out = out + self.loop_lin(x)
        return ops.relu(out)


def make():
    np.random.seed(8)
    x = np.random.randn(12, 8).astype(np.float32)
    edges = np.random.randint(0, 12, (2, 30)).astype(np.int32)
    etype = np.random.randint(0, 3, 30).astype(np.int32)
    return RelationalAggregator(), (Tensor(x), Tensor(edges), Tensor(etype))
