# case: drops the lag-phase columns from a gravity matrix only when mean gravity change is small, so the two branches of a tensor if return different widths -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagPhaseDropper(nn.Cell):
    def __init__(self, lag_hours=6, min_drop=0.002):
        super().__init__()
        self.lag_hours = lag_hours
        self.min_drop = min_drop

    def construct(self, sg_hourly):
        early_change = sg_hourly[:, 0] - sg_hourly[:, self.lag_hours]
        if early_change.mean() < self.min_drop:
            trimmed = sg_hourly[:, self.lag_hours:]
        else:
            trimmed = sg_hourly
        return trimmed - trimmed[:, :1]


def make():
    np.random.seed(18)
    t = np.arange(24, dtype=np.float32)
    sg = 1.050 - 0.0015 * np.maximum(t - 6, 0)[None, :] + np.random.randn(3, 24).astype(np.float32) * 1e-4
    return LagPhaseDropper(), (Tensor(sg.astype(np.float32)),)
