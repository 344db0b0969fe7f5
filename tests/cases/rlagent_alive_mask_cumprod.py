# case: episode termination mask via cumprod of (1 - done) to zero out post-terminal rewards and values -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedRolloutLoss(nn.Cell):
    def __init__(self, obs_dim=3, gamma=0.97):
        super().__init__()
        self.gamma = gamma
        self.critic = nn.Dense(obs_dim, 1)

    def _alive_mask(self, dones):
        # alive[t] = 1 while no done happened strictly before t
        not_done = 1.0 - dones
        shifted = ops.concat((ops.ones_like(not_done[:, :1]), not_done[:, :-1]), axis=1)
        return ops.cumprod(shifted, dim=1)

    def construct(self, obs, rewards, dones):
        # obs: [B, T, obs_dim], rewards/dones: [B, T]
        alive = self._alive_mask(dones)
        T = rewards.shape[1]
        disc = ops.pow(self.gamma, ops.arange(T, dtype=ms.float32))
        ret0 = (rewards * alive * disc).sum(axis=1)
        v = self.critic(obs).squeeze(-1) * alive
        return ((v[:, 0] - ret0) ** 2).mean(), alive.sum(axis=1)


def make():
    np.random.seed(30)
    obs = Tensor(np.random.randn(2, 5, 3).astype(np.float32))
    rewards = Tensor(np.random.rand(2, 5).astype(np.float32))
    dones = Tensor(np.array([[0, 0, 1, 0, 0], [0, 0, 0, 0, 1]], np.float32))
    return MaskedRolloutLoss(), (obs, rewards, dones)
