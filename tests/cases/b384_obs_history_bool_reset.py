# case: proprioceptive observation history buffer that zeroes the rows of environments flagged done via boolean-mask indexing inside a reset helper -> dynamic shape / rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryConfig:
    num_obs = 12
    history_len = 4
    zero_on_reset = True


class ObsHistoryBuffer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_obs = config.num_obs
        self.history_len = config.history_len
        self.zero_on_reset = config.zero_on_reset

    def _reset_envs(self, history, dones):
        # log the terminal observation energy of the finished envs, then clear them
        done_hist = history[dones]
        terminal_energy = (done_hist * done_hist).mean()
        keep = 1.0 - dones.astype(history.dtype).reshape(-1, 1, 1)
        return history * keep, terminal_energy

    def construct(self, history, obs, dones):
        history = ops.concat((history[:, 1:, :], obs.expand_dims(1)), axis=1)
        if self.zero_on_reset:
            history, energy = self._reset_envs(history, dones)
            return history.reshape(history.shape[0], -1), energy
        return history.reshape(history.shape[0], -1), ops.zeros((), history.dtype)


def make():
    np.random.seed(1)
    cfg = HistoryConfig()
    hist = Tensor(np.random.randn(8, cfg.history_len, cfg.num_obs).astype(np.float32))
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    dones = Tensor(np.array([0, 1, 0, 0, 1, 0, 0, 1], dtype=np.bool_))
    return ObsHistoryBuffer(cfg), (hist, obs, dones)
