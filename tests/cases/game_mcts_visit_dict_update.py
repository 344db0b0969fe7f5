# case: MCTS edge statistics kept in a Python dict on the cell and updated with int(action) inside construct -> Graph mode error (dict mutation / tensor to int)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeStats(nn.Cell):
    def __init__(self, num_actions=6, c_puct=1.5):
        super().__init__()
        self.num_actions = num_actions
        self.c_puct = c_puct
        self.visits = {}
        self.value_sum = {}

    def construct(self, priors, action, value):
        key = int(action)
        if key not in self.visits:
            self.visits[key] = 0
            self.value_sum[key] = 0.0
        self.visits[key] += 1
        self.value_sum[key] += value
        q = self.value_sum[key] / self.visits[key]
        u = self.c_puct * priors[key] / (1 + self.visits[key])
        return q + u


def make():
    np.random.seed(1)
    p = np.random.rand(6).astype(np.float32)
    priors = Tensor(p / p.sum())
    action = Tensor(3, ms.int32)
    value = Tensor(0.4, ms.float32)
    return EdgeStats(), (priors, action, value)
