# case: variance adaptor rescales durations when their total exceeds a max frame budget; tensor condition but both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptorConfig:
    hidden_size = 16
    max_total_frames = 40
    pace = 1.0


class DurationBudget(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_total = float(config.max_total_frames)
        self.pace = config.pace
        self.proj = nn.Dense(config.hidden_size, 1)

    def construct(self, hidden):
        dur = ops.relu(self.proj(hidden).squeeze(-1)) * 4.0 / self.pace
        total = dur.sum()
        if total > self.max_total:
            dur = dur * (self.max_total / total)
        else:
            dur = dur * 1.0
        return ops.round(dur).astype(ms.int32)


def make():
    np.random.seed(32)
    cfg = AdaptorConfig()
    hidden = Tensor(np.random.randn(1, 12, cfg.hidden_size).astype(np.float32))
    return DurationBudget(cfg), (hidden,)
