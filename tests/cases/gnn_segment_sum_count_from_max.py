# case: mean aggregation where the number of segments is computed from dst.max()+1 in construct; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def scatter_mean(src, index, num_segments):
    total = ops.unsorted_segment_sum(src, index, num_segments)
    ones = ops.ones((index.shape[0], 1), ms.float32)
    count = ops.unsorted_segment_sum(ones, index, num_segments)
    return total / ops.maximum(count, 1.0)


class GraphSAGELayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.self_lin = nn.Dense(dim, dim)
        self.neigh_lin = nn.Dense(dim, dim)

    def construct(self, x, edge_index):
        src = edge_index[0]
        dst = edge_index[1]
        num_nodes = dst.max() + 1
        neigh = scatter_mean(x[src], dst, num_nodes)
        return self.self_lin(x[:neigh.shape[0]]) + self.neigh_lin(neigh)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = GraphSAGELayer(8)

    def construct(self, x, edge_index):
        return self.layer(x, edge_index)


def make():
    rng = np.random.RandomState(1)
    x = Tensor(rng.randn(12, 8).astype(np.float32))
    ei = rng.randint(0, 12, (2, 30)).astype(np.int32)
    ei[1, 0] = 11
    return Net(), (x, Tensor(ei))
