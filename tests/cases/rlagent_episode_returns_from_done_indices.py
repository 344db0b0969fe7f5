# case: per-episode returns by locating done flags with nonzero and gathering cumulative rewards -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeReturnLogger(nn.Cell):
    """Splits a flat rollout of a single env into finished-episode returns."""

    def __init__(self, reward_scale=1.0):
        super().__init__()
        self.reward_scale = reward_scale

    def _running_sum(self, rewards):
        return ops.cumsum(rewards * self.reward_scale, 0)

    def _episode_ends(self, dones):
        return ops.nonzero(dones).reshape(-1)

    def construct(self, rewards, dones):
        running = self._running_sum(rewards)
        end_idx = self._episode_ends(dones)
        ends = ops.gather(running, end_idx, 0)
        starts = ops.concat((ops.zeros((1,), ms.float32), ends[:-1]))
        return ends - starts


def make():
    np.random.seed(2)
    rewards = Tensor(np.random.rand(12).astype(np.float32))
    dones = np.zeros(12, np.int32)
    dones[[3, 7, 11]] = 1
    return EpisodeReturnLogger(), (rewards, Tensor(dones))
