# case: rollout splitter finds episode boundaries with ops.nonzero on the done flags and returns the per-boundary bootstrap values -> nonzero output shape depends on data, expect dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    num_steps = 16
    obs_dim = 6
    bootstrap_truncated = True


class EpisodeSplitter(nn.Cell):
    def __init__(self, config, value_fn=None):
        super().__init__()
        self.bootstrap_truncated = config.bootstrap_truncated
        self.value_fn = value_fn if value_fn is not None else nn.Dense(config.obs_dim, 1)

    def _boundaries(self, dones):
        return ops.nonzero(dones).squeeze(-1)

    def construct(self, next_obs, dones):
        ends = self._boundaries(dones)
        end_obs = ops.gather(next_obs, ends, 0)
        outputs = (ends,)
        if self.bootstrap_truncated:
            outputs = outputs + (self.value_fn(end_obs).squeeze(-1),)
        return outputs


def make():
    np.random.seed(13)
    cfg = RolloutConfig()
    next_obs = Tensor(np.random.randn(cfg.num_steps, cfg.obs_dim).astype(np.float32))
    dones = np.zeros(cfg.num_steps, np.float32)
    dones[[4, 9, 15]] = 1.0
    return EpisodeSplitter(cfg), (next_obs, Tensor(dones))
