# case: episode replay trims the padded buffer to the recorded episode length before computing returns -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeReturnEstimator(nn.Cell):
    def __init__(self, obs_dim=5, gamma=0.95, normalize=True):
        super().__init__()
        self.value_fn = nn.Dense(obs_dim, 1)
        self.gamma = gamma
        self.normalize = normalize

    def discounted(self, rewards):
        n = rewards.shape[0]
        powers = ops.arange(0, n).astype(ms.float32)
        weights = ops.pow(Tensor(self.gamma, ms.float32), powers)
        return (rewards * weights).sum()

    def construct(self, obs_buffer, reward_buffer, episode_len):
        obs = obs_buffer[:episode_len]
        rewards = reward_buffer[:episode_len]
        values = self.value_fn(obs).squeeze(-1)
        if self.normalize:
            rewards = (rewards - rewards.mean()) / (rewards.std() + 1e-6)
        ret = self.discounted(rewards)
        return ret - values[0]


def make():
    np.random.seed(6)
    obs = Tensor(np.random.randn(20, 5).astype(np.float32))
    rew = Tensor(np.random.randn(20).astype(np.float32))
    return EpisodeReturnEstimator(), (obs, rew, Tensor(13, ms.int32))
