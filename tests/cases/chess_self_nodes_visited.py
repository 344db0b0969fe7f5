# case: search cell keeps a running count of evaluated nodes by assigning self.nodes_evaluated in construct -> write to a plain self attribute inside the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchedEvaluator(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(dim, 64), nn.ReLU(), nn.Dense(64, 1)])
        self.nodes_evaluated = 0

    def construct(self, leaf_states):
        values = ops.tanh(self.body(leaf_states)).reshape(-1)
        self.nodes_evaluated = self.nodes_evaluated + leaf_states.shape[0]
        return values, self.nodes_evaluated


def make():
    np.random.seed(21)
    return BatchedEvaluator(), (Tensor(np.random.randn(16, 32).astype(np.float32)),)
