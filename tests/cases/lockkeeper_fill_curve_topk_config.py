# case: keep the top-k steepest fill-rate samples per chamber, k fixed in the keeper config -> constant k, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillRateSummary(nn.Cell):
    def __init__(self, top_k=4, dt_seconds=15.0):
        super().__init__()
        self.top_k = top_k
        self.dt = dt_seconds
        self.proj = nn.Dense(top_k, 2)

    def construct(self, levels):
        rate = (levels[:, 1:] - levels[:, :-1]) / self.dt
        peaks, _ = ops.topk(rate, self.top_k)
        peaks = peaks * 60.0  # metres per minute
        return self.proj(peaks)


def make():
    np.random.seed(12)
    t = np.linspace(0.0, 1.0, 40, dtype=np.float32)
    levels = np.stack([(1.0 - np.exp(-3.0 * t)) * h for h in (4.5, 5.2, 6.1, 3.8)])
    levels = levels + np.random.randn(*levels.shape).astype(np.float32) * 0.05
    return FillRateSummary(), (Tensor(levels.astype(np.float32)),)
