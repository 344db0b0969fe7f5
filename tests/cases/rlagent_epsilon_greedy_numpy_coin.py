# case: epsilon-greedy action choice flipping a NumPy coin inside construct -> compile error at line 24 (or folded to a constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpsGreedyAgent(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=4, epsilon=0.1):
        super().__init__()
        self.n_actions = n_actions
        self.epsilon = epsilon
        self.q_net = nn.SequentialCell([
            nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, n_actions)
        ])
        self.argmax = ops.Argmax(axis=-1, output_type=ms.int32)

    def _random_actions(self, batch):
        return ops.randint(0, self.n_actions, (batch,), dtype=ms.int32)

    def construct(self, obs):
        q = self.q_net(obs)
        greedy = self.argmax(q)
        batch = obs.shape[0]
        if np.random.rand() < self.epsilon:
            return self._random_actions(batch), q
        return greedy, q


def make():
    np.random.seed(7)
    obs = Tensor(np.random.randn(5, 6).astype(np.float32))
    return EpsGreedyAgent(), (obs,)
