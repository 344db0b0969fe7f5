# case: rollout-time observation history: if the is_first tensor flag is set the history restarts as just the new frame (1 frame), otherwise the frame is appended to the stored window (T+1 frames) -> if on a tensor value whose branches return different shapes, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryConfig:
    def __init__(self, n_obs_steps=4, obs_dim=10, drop_oldest=False):
        self.n_obs_steps = n_obs_steps
        self.obs_dim = obs_dim
        self.drop_oldest = drop_oldest


class ObsHistory(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_obs_steps = config.n_obs_steps
        self.drop_oldest = config.drop_oldest

    def _append(self, history, obs):
        h = ops.concat([history, obs.expand_dims(0)], axis=0)
        if self.drop_oldest:
            h = h[1:]
        return h

    def construct(self, history, obs, is_first):
        # history: (T, D) previous frames; obs: (D,) new frame; is_first: scalar bool
        if is_first:
            new_hist = obs.expand_dims(0)
        else:
            new_hist = self._append(history, obs)
        return new_hist.mean(axis=0), new_hist


def make():
    np.random.seed(38)
    cfg = HistoryConfig()
    hist = Tensor(np.random.randn(cfg.n_obs_steps, cfg.obs_dim).astype(np.float32))
    obs = Tensor(np.random.randn(cfg.obs_dim).astype(np.float32))
    return ObsHistory(cfg), (hist, obs, Tensor(False))
