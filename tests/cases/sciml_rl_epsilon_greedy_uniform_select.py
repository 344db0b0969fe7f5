# case: batched epsilon-greedy with a uniform coin tensor and ops.select between random and greedy actions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuelingQ(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=4, hidden=16):
        super().__init__()
        self.feat = nn.Dense(obs_dim, hidden, activation="relu")
        self.value = nn.Dense(hidden, 1)
        self.adv = nn.Dense(hidden, n_actions)

    def construct(self, obs):
        h = self.feat(obs)
        a = self.adv(h)
        return self.value(h) + a - a.mean(axis=-1, keep_dims=True)


class EpsGreedyPolicy(nn.Cell):
    def __init__(self, n_actions=4, eps_start=1.0, eps_end=0.05, decay_steps=1000):
        super().__init__()
        self.q = DuelingQ(n_actions=n_actions)
        self.n_actions = n_actions
        self.eps_start, self.eps_end, self.decay_steps = eps_start, eps_end, decay_steps

    def epsilon(self, step):
        frac = ops.clip_by_value(step.astype(ms.float32) / self.decay_steps, 0.0, 1.0)
        return self.eps_start + frac * (self.eps_end - self.eps_start)

    def construct(self, obs, step, coin, rand_actions):
        greedy = ops.argmax(self.q(obs), dim=-1).astype(ms.int32)
        explore = coin < self.epsilon(step)
        return ops.select(explore, rand_actions, greedy)


def make():
    np.random.seed(11)
    obs = Tensor(np.random.rand(5, 6).astype(np.float32))
    coin = Tensor(np.random.rand(5).astype(np.float32))
    rand_a = Tensor(np.random.randint(0, 4, 5).astype(np.int32))
    return EpsGreedyPolicy(), (obs, Tensor(300, ms.int32), coin, rand_a)
