# case: environment reset step that finds the ids of terminated envs with ops.nonzero and gathers their episode returns for logging -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResetConfig:
    max_episode_length = 1000
    log_returns = True


class EpisodeResetter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_episode_length = config.max_episode_length
        self.log_returns = config.log_returns

    def _terminated(self, episode_length, fell):
        timeout = episode_length >= self.max_episode_length
        return ops.logical_or(timeout, fell)

    def construct(self, episode_length, fell, episode_return):
        dones = self._terminated(episode_length, fell)
        env_ids = ops.nonzero(dones).squeeze(-1)
        new_length = episode_length * (1 - dones.astype(episode_length.dtype))
        if self.log_returns:
            finished = ops.gather(episode_return, env_ids, 0)
            return new_length, finished.mean()
        return new_length, episode_return.mean()


def make():
    np.random.seed(14)
    ep_len = Tensor(np.random.randint(900, 1100, size=(12,)).astype(np.int32))
    fell = Tensor(np.random.rand(12) > 0.8)
    ret = Tensor(np.random.randn(12).astype(np.float32))
    return EpisodeResetter(ResetConfig()), (ep_len, fell, ret)
