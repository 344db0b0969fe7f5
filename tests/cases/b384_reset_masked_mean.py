# case: environment reset step whose finished-episode mean return is computed with mask multiplication guarded by a shape-derived count, looking like data-dependent selection -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResetConfig:
    max_episode_length = 1000
    log_returns = True
    eps = 1e-6


class EpisodeResetter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_episode_length = config.max_episode_length
        self.log_returns = config.log_returns
        self.eps = config.eps

    def _terminated(self, episode_length, fell):
        return ops.logical_or(episode_length >= self.max_episode_length, fell)

    def construct(self, episode_length, fell, episode_return):
        dones = self._terminated(episode_length, fell)
        num_envs = episode_length.shape[0]
        d = dones.astype(ms.float32)
        new_length = ops.select(dones, ops.zeros_like(episode_length), episode_length + 1)
        if self.log_returns:
            mean_ret = (episode_return * d).sum() / (d.sum() + self.eps)
            frac_done = d.sum() / num_envs
            return new_length, mean_ret, frac_done
        return new_length, episode_return.mean(), d.mean()


def make():
    np.random.seed(15)
    ep_len = Tensor(np.random.randint(900, 1100, size=(12,)).astype(np.int32))
    fell = Tensor(np.random.rand(12) > 0.8)
    ret = Tensor(np.random.randn(12).astype(np.float32))
    return EpisodeResetter(ResetConfig()), (ep_len, fell, ret)
