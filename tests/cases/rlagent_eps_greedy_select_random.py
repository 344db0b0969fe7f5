# case: batched epsilon-greedy where each env draws a uniform number and ops.select picks random or greedy action -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpsilonGreedyQ(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=5, eps_start=1.0, eps_end=0.05, decay_steps=1000, step=300):
        super().__init__()
        frac = min(1.0, step / decay_steps)
        self.epsilon = eps_start + frac * (eps_end - eps_start)
        self.n_actions = n_actions
        self.q = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, n_actions)])
        self.argmax = ops.Argmax(axis=-1, output_type=ms.int32)

    def _explore(self, batch):
        coin = ops.rand((batch,))
        rand_act = ops.randint(0, self.n_actions, (batch,), dtype=ms.int32)
        return coin < self.epsilon, rand_act

    def construct(self, obs):
        q = self.q(obs)
        greedy = self.argmax(q)
        explore, rand_act = self._explore(obs.shape[0])
        action = ops.select(explore, rand_act, greedy)
        return action, q


def make():
    np.random.seed(26)
    ms.set_seed(26)
    obs = Tensor(np.random.randn(6, 4).astype(np.float32))
    return EpsilonGreedyQ(), (obs,)
