# case: a @jit_class counter read then replaced in its own method, called from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class StepScale:
    def __init__(self):
        self.steps = 0.0

    def scale(self, x):
        total = self.steps + 1.0
        self.steps = total
        return x / total


class Policy(nn.Cell):
    def __init__(self, obs_dim=5, n_actions=3):
        super().__init__()
        self.sched = StepScale()
        self.pi = nn.Dense(obs_dim, n_actions)

    def construct(self, obs):
        return self.pi(self.sched.scale(obs))


def make():
    np.random.seed(2)
    return Policy(), (Tensor(np.random.randn(6, 5).astype(np.float32)),)
