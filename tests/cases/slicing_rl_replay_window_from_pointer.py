# case: RL replay buffer returns the most recent transitions using a write-pointer Parameter as slice bound; expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReplayBuffer(nn.Cell):
    def __init__(self, capacity=32, obs_dim=4):
        super().__init__()
        self.obs = Parameter(Tensor(np.zeros((capacity, obs_dim), np.float32)), name="obs",
                             requires_grad=False)
        self.ptr = Parameter(Tensor(12, ms.int32), name="ptr", requires_grad=False)

    def construct(self, batch):
        end = self.ptr
        start = end - batch
        return self.obs[start:end]


class Net(nn.Cell):
    def __init__(self, batch_size=8):
        super().__init__()
        self.buffer = ReplayBuffer()
        self.batch_size = batch_size
        self.q = nn.Dense(4, 2)

    def construct(self, n_recent):
        obs = self.buffer(n_recent)
        q = self.q(obs)
        return q.max(axis=1).mean()


def make():
    return Net(), (Tensor(8, ms.int32),)
