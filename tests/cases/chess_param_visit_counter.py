# case: search cell keeps a running count of evaluated nodes in a Parameter updated with ops.assign_add -> Parameter side effect, supported, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BatchedEvaluator(nn.Cell):
    def __init__(self, dim=32):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(dim, 64), nn.ReLU(), nn.Dense(64, 1)])
        self.nodes_evaluated = Parameter(Tensor(0, ms.int32), name="nodes_evaluated", requires_grad=False)

    def construct(self, leaf_states):
        values = ops.tanh(self.body(leaf_states)).reshape(-1)
        ops.assign_add(self.nodes_evaluated, Tensor(leaf_states.shape[0], ms.int32))
        return values, self.nodes_evaluated


def make():
    np.random.seed(22)
    return BatchedEvaluator(), (Tensor(np.random.randn(16, 32).astype(np.float32)),)
