# case: epsilon-greedy actor that flips its exploration coin with np.random inside construct -> compile error at line 22 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpsilonGreedyActor(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=4, epsilon=0.1, hidden=16):
        super().__init__()
        self.q = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, n_actions)])
        self.n_actions = n_actions
        self.epsilon = epsilon

    def greedy(self, obs):
        return ops.argmax(self.q(obs), dim=-1).astype(ms.int32)

    def random_actions(self, batch):
        return ops.randint(0, self.n_actions, (batch,), dtype=ms.int32)

    def construct(self, obs):
        batch = obs.shape[0]
        if np.random.rand() < self.epsilon:
            return self.random_actions(batch)
        return self.greedy(obs)


def make():
    np.random.seed(10)
    obs = Tensor(np.random.rand(5, 6).astype(np.float32))
    return EpsilonGreedyActor(), (obs,)
