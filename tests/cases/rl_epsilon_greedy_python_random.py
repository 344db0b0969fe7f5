# case: DQN epsilon-greedy action selection that calls Python random.random() and branches on it inside construct; the call is folded at compile time, so expect static at LAX and STRICT
import random
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_ACTIONS = 3


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, hid=24):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(obs_dim, hid), nn.ReLU(), nn.Dense(hid, N_ACTIONS)])

    def construct(self, obs):
        return self.body(obs)


class Agent(nn.Cell):
    def __init__(self, eps=0.1):
        super().__init__()
        self.q = QNet()
        self.eps = eps

    def construct(self, obs):
        q = self.q(obs)
        greedy = q.argmax(axis=-1)
        if random.random() < self.eps:
            action = ops.randint(0, N_ACTIONS, greedy.shape, dtype=ms.int32)
        else:
            action = greedy.astype(ms.int32)
        return action, q


def make():
    return Agent(), (Tensor(np.random.randn(6, 4).astype(np.float32)),)
