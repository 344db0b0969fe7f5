# case: observation-history encoder finds the last episode-start frame with ops.nonzero on the start mask and keeps only the frames after it -> nonzero output and the slice start come from data, expect dynamic shape or a Graph-mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryConfig:
    n_obs_steps = 6
    state_dim = 9
    hidden = 16
    pool = "mean"


def last_start_index(start_flags):
    idx = ops.nonzero(start_flags)
    return idx[-1, 0]


class HistoryEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.proj = nn.Dense(config.state_dim, config.hidden)

    def construct(self, states, start_flags):
        # states: (T, state_dim) for one env; start_flags: (T,) bool
        s = last_start_index(start_flags)
        window = states[s:]
        h = ops.tanh(self.proj(window))
        if self.pool == "mean":
            return h.mean(axis=0)
        return h[-1]


def make():
    np.random.seed(4)
    cfg = HistoryConfig()
    states = Tensor(np.random.randn(cfg.n_obs_steps, cfg.state_dim).astype(np.float32))
    flags = np.array([1, 0, 0, 1, 0, 0], dtype=np.bool_)
    return HistoryEncoder(cfg), (states, Tensor(flags))
