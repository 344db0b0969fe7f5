# case: remove self-loops (and their edge features) by boolean column indexing of edge_index -> dynamic shape at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def remove_self_loops(edge_index, edge_attr):
    mask = edge_index[0] != edge_index[1]
    return edge_index[:, mask], edge_attr[mask]


class EdgeFeatureConv(nn.Cell):
    def __init__(self, node_dim=6, edge_dim=3, out_dim=10, remove_loops=True):
        super().__init__()
        self.remove_loops = remove_loops
        self.edge_mlp = nn.Dense(2 * node_dim + edge_dim, out_dim)
        self.node_mlp = nn.Dense(node_dim + out_dim, out_dim)

    def construct(self, x, edge_index, edge_attr):
        if self.remove_loops:
            edge_index, edge_attr = remove_self_loops(edge_index, edge_attr)
        src, dst = edge_index[0], edge_index[1]
        e = ops.concat([ops.gather(x, src, 0), ops.gather(x, dst, 0), edge_attr], axis=-1)
        m = ops.relu(self.edge_mlp(e))
        agg = ops.unsorted_segment_sum(m, dst, x.shape[0])
        return self.node_mlp(ops.concat([x, agg], axis=-1))


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    ei = np.random.randint(0, 8, size=(2, 24)).astype(np.int32)
    ei[1, :4] = ei[0, :4]
    ea = Tensor(np.random.randn(24, 3).astype(np.float32))
    return EdgeFeatureConv(), (x, Tensor(ei), ea)
