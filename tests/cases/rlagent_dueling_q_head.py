# case: dueling Q network combining value and mean-centred advantage streams, use_max flag defaulting to mean -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuelingHead(nn.Cell):
    def __init__(self, in_dim, n_actions, hidden=16, use_max=False):
        super().__init__()
        self.value = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.adv = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])
        self.use_max = use_max

    def construct(self, feat):
        v = self.value(feat)
        a = self.adv(feat)
        if self.use_max:
            base = a.max(axis=-1, keepdims=True)
        else:
            base = a.mean(axis=-1, keep_dims=True)
        return v + a - base


class DuelingDQN(nn.Cell):
    def __init__(self, obs_dim=7, n_actions=4, feat_dim=24):
        super().__init__()
        self.features = nn.SequentialCell([nn.Dense(obs_dim, feat_dim), nn.ReLU()])
        self.head = DuelingHead(feat_dim, n_actions)

    def construct(self, obs):
        q = self.head(self.features(obs))
        return q, q.argmax(axis=-1)


def make():
    np.random.seed(33)
    return DuelingDQN(), (Tensor(np.random.randn(5, 7).astype(np.float32)),)
