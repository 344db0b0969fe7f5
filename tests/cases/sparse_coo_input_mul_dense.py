# case: RL graph policy receives a COOTensor adjacency as a construct input and applies elementwise dense weighting then to_dense; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GraphPolicy(nn.Cell):
    def __init__(self, dim=3, n_actions=2):
        super().__init__()
        self.embed = nn.Dense(dim, dim)
        self.head = nn.Dense(dim, n_actions)

    def construct(self, adj, x, edge_weight):
        weighted = adj * edge_weight
        agg = ops.matmul(weighted.to_dense(), self.embed(x))
        return self.head(ops.relu(agg)).mean(axis=0)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.policy = GraphPolicy()

    def construct(self, adj, x, edge_weight):
        logits = self.policy(adj, x, edge_weight)
        return ops.log_softmax(logits, axis=-1)


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 0], [3, 1]], np.int32))
    vals = Tensor(np.ones(4, np.float32))
    adj = COOTensor(idx, vals, (4, 4))
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    w = Tensor(np.random.rand(4, 4).astype(np.float32))
    return Net(), (adj, x, w)
