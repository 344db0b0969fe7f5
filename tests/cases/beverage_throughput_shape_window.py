# case: forecast line throughput from the second half of the telemetry window, the split computed from x.shape -> shape-derived slice is a compile-time constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentRunForecaster(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.encode = nn.Dense(3, hidden)
        self.head = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, telemetry):
        # telemetry: (B, T, 3) bottles/min, filler speed %, buffer fill %
        t = telemetry.shape[1]
        recent = telemetry[:, t // 2:, :]
        h = self.act(self.encode(recent))
        pooled = h.mean(axis=1)
        return self.head(pooled).squeeze(-1)


def make():
    np.random.seed(62)
    telemetry = np.random.rand(4, 120, 3).astype(np.float32)
    return RecentRunForecaster(), (Tensor(telemetry),)
