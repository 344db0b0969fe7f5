# case: signal-control agent increments a plain Python step counter attribute on self and stores the last action inside construct -> attribute writes on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SignalAgent(nn.Cell):
    def __init__(self, obs_dim=8, num_phases=4, epsilon=0.1):
        super().__init__()
        self.q_net = nn.SequentialCell(nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, num_phases))
        self.epsilon = epsilon
        self.steps = 0
        self.last_action = None

    def construct(self, obs):
        q = self.q_net(obs)
        action = ops.argmax(q, dim=-1)
        self.steps = self.steps + 1
        self.last_action = action
        return action, q


def make():
    np.random.seed(16)
    obs = Tensor(np.random.rand(2, 8).astype(np.float32))
    return SignalAgent(), (obs,)
