# case: ponder network uses math.ceil on a tensor expected-steps value to size a range loop -> math on tensor in graph, error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpectedSteps(nn.Cell):
    def __init__(self, dim, max_steps):
        super().__init__()
        self.fc = nn.Dense(dim, 1)
        self.max_steps = max_steps

    def construct(self, x):
        return ops.sigmoid(self.fc(x)).mean() * self.max_steps


class PonderNet(nn.Cell):
    def __init__(self, dim=8, max_steps=5):
        super().__init__()
        self.steps = ExpectedSteps(dim, max_steps)
        self.rnn_cell = nn.Dense(dim, dim)

    def construct(self, x):
        n_steps = math.ceil(self.steps(x))
        for _ in range(n_steps):
            x = ops.tanh(self.rnn_cell(x))
        return x


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return PonderNet(), (x,)
