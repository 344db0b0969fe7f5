# case: observation history ring buffer that clears finished episodes with a three-argument ops.where on a broadcast done mask -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class HistoryConfig:
    num_obs = 12
    history_len = 5
    flatten_output = True


def _broadcast_dones(dones, history):
    return dones.reshape(dones.shape[0], 1, 1).broadcast_to(history.shape)


class ObsHistoryWrapper(nn.Cell):
    def __init__(self, config, obs_scale: Optional[float] = None):
        super().__init__()
        self.history_len = config.history_len
        self.flatten_output = config.flatten_output
        self.obs_scale = 1.0 if obs_scale is None else obs_scale

    def construct(self, history, obs, dones: Optional[Tensor] = None):
        obs = obs * self.obs_scale
        history = ops.concat((history[:, 1:, :], obs.expand_dims(1)), axis=1)
        if dones is not None:
            mask = _broadcast_dones(dones, history)
            history = ops.where(mask, ops.zeros_like(history), history)
        if self.flatten_output:
            return history.reshape(history.shape[0], -1)
        return history


def make():
    np.random.seed(2)
    cfg = HistoryConfig()
    hist = Tensor(np.random.randn(6, cfg.history_len, cfg.num_obs).astype(np.float32))
    obs = Tensor(np.random.randn(6, cfg.num_obs).astype(np.float32))
    dones = Tensor(np.array([0, 1, 0, 0, 1, 0], dtype=np.bool_))
    return ObsHistoryWrapper(cfg), (hist, obs, dones)
