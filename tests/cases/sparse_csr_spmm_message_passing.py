# case: a message-passing layer that builds a CSRTensor from indptr/indices/values inputs and aggregates neighbour features with csr.mm(dense); all shapes fixed, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SAGEMean(nn.Cell):
    def __init__(self, in_dim=4, out_dim=6, num_nodes=4):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin_self = nn.Dense(in_dim, out_dim)
        self.lin_neigh = nn.Dense(in_dim, out_dim, has_bias=False)

    def construct(self, x, indptr, indices, values):
        adj = CSRTensor(indptr, indices, values, (self.num_nodes, self.num_nodes))
        neigh = adj.mm(x)
        deg = adj.sum(1)
        neigh = neigh / ops.clamp(deg, min=1.0)
        return ops.relu(self.lin_self(x) + self.lin_neigh(neigh))


def make():
    x = Tensor(np.random.randn(4, 4).astype(np.float32))
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([1, 2, 0, 1, 3, 2], np.int32))
    values = Tensor(np.ones(6, np.float32))
    return SAGEMean(), (x, indptr, indices, values)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
