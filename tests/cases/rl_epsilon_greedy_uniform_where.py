# case: DQN epsilon-greedy per-sample selection with ops.uniform draws and ops.where between random and greedy actions; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_ACTIONS = 3


class QNet(nn.Cell):
    def __init__(self, obs_dim=4, hid=24, dueling=True):
        super().__init__()
        self.dueling = dueling
        self.body = nn.SequentialCell([nn.Dense(obs_dim, hid), nn.ReLU()])
        self.adv = nn.Dense(hid, N_ACTIONS)
        self.val = nn.Dense(hid, 1)

    def construct(self, obs):
        h = self.body(obs)
        a = self.adv(h)
        if self.dueling:
            return self.val(h) + a - a.mean(axis=-1, keep_dims=True)
        return a


class Agent(nn.Cell):
    def __init__(self, eps=0.1):
        super().__init__()
        self.q = QNet()
        self.eps = eps

    def construct(self, obs):
        q = self.q(obs)
        greedy = q.argmax(axis=-1).astype(ms.int32)
        b = obs.shape[0]
        u = ops.uniform((b,), Tensor(0.0, ms.float32), Tensor(1.0, ms.float32))
        rand_a = ops.randint(0, N_ACTIONS, (b,), dtype=ms.int32)
        action = ops.where(u < self.eps, rand_a, greedy)
        return action, q.max(axis=-1)


def make():
    return Agent(), (Tensor(np.random.randn(6, 4).astype(np.float32)),)
