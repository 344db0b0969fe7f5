# case: mesh GNN aggregates edge messages to nodes with unsorted_segment_sum and a Python int node count; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_NODES = 6


class EdgeMLP(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(2 * dim, dim)

    def construct(self, src, dst):
        return ops.tanh(self.fc(ops.concat((src, dst), axis=-1)))


class Net(nn.Cell):
    def __init__(self, n_nodes=N_NODES, dim=4):
        super().__init__()
        self.n_nodes = n_nodes
        self.edge_mlp = EdgeMLP(dim)

    def construct(self, node_feat, senders, receivers):
        src = ops.gather(node_feat, senders, 0)
        dst = ops.gather(node_feat, receivers, 0)
        msg = self.edge_mlp(src, dst)
        agg = ops.unsorted_segment_sum(msg, receivers, self.n_nodes)
        return node_feat + agg


def make():
    feat = Tensor(np.random.randn(N_NODES, 4).astype(np.float32))
    senders = Tensor(np.array([0, 1, 2, 3, 4, 5, 0, 2], np.int32))
    receivers = Tensor(np.array([1, 2, 3, 4, 5, 0, 3, 5], np.int32))
    return Net(), (feat, senders, receivers)
