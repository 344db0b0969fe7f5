# case: on-policy trajectory buffer as a @jit_class whose lists are appended inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrajectoryBuffer:
    def __init__(self):
        self.states = []
        self.rewards = []

    def add(self, s, r):
        self.states.append(s)
        self.rewards.append(r)


class CollectRollout(nn.Cell):
    def __init__(self, state_dim=3, horizon=4):
        super().__init__()
        self.policy = nn.Dense(state_dim, state_dim)
        self.horizon = horizon

    def construct(self, s):
        buf = TrajectoryBuffer()
        for _ in range(self.horizon):
            a = ops.tanh(self.policy(s))
            s = s + 0.1 * a
            buf.add(s, -(s * s).sum())
        states = ops.stack(buf.states)
        rewards = ops.stack(buf.rewards)
        return states, rewards


def make():
    np.random.seed(31)
    s = Tensor(np.random.randn(3).astype(np.float32))
    return CollectRollout(), (s,)
