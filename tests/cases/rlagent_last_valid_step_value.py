# case: picks the critic value at each sequence's last valid step using lengths - 1 and gather_elements (index count fixed) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LastStepBootstrap(nn.Cell):
    def __init__(self, obs_dim=3, hidden=8, gamma=0.95):
        super().__init__()
        self.gamma = gamma
        self.critic = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def _last_index(self, lengths, T):
        idx = ops.clamp(lengths - 1, 0, T - 1)
        return idx.reshape(-1, 1)

    def construct(self, obs, lengths, truncated):
        # obs: [B, T, obs_dim]; lengths: [B] int32; truncated: [B] float (1 = time-limit cut)
        values = self.critic(obs).squeeze(-1)          # [B, T]
        idx = self._last_index(lengths, values.shape[1])
        last_v = ops.gather_elements(values, 1, idx).squeeze(1)
        return self.gamma * truncated * last_v


def make():
    np.random.seed(39)
    obs = Tensor(np.random.randn(3, 6, 3).astype(np.float32))
    lengths = Tensor(np.array([6, 2, 4], np.int32))
    trunc = Tensor(np.array([1, 0, 1], np.float32))
    return LastStepBootstrap(), (obs, lengths, trunc)
