# case: an edge-aggregation step that builds a COOTensor with duplicate edges and calls coalesce() to merge them before densifying; the number of unique edges is data-dependent so the shapes are dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EdgeAggregator(nn.Cell):
    def __init__(self, num_nodes=4, hidden=3):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, x, edge_index, edge_weight):
        adj = COOTensor(edge_index, edge_weight, (self.num_nodes, self.num_nodes))
        adj = adj.coalesce()
        num_unique = adj.values.shape[0]
        dense = adj.to_dense()
        return ops.matmul(dense, self.lin(x)), num_unique


def make():
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    ei = Tensor(np.array([[0, 1], [0, 1], [1, 2], [3, 0]], np.int64))
    ew = Tensor(np.array([1.0, 0.5, 2.0, 1.0], np.float32))
    return EdgeAggregator(), (x, ei, ew)


if __name__ == "__main__":
    net, args = make()
    print(net(*args)[1])
