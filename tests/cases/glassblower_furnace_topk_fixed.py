# case: report the three hottest furnace zones after thermocouple calibration, k is a config constant -> should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FurnaceConfig:
    n_zones = 16
    report_top = 3
    alarm_c = 1180.0


class HotspotReport(nn.Cell):
    def __init__(self, cfg=FurnaceConfig()):
        super().__init__()
        self.top = cfg.report_top
        self.alarm = cfg.alarm_c
        self.calib = ms.Parameter(Tensor(np.ones(cfg.n_zones, np.float32)), name="calib")

    def construct(self, readings):
        temps = readings * self.calib
        hot_vals, hot_idx = ops.topk(temps, self.top)
        n_over = (temps > self.alarm).astype(ms.float32).sum()
        return hot_vals, hot_idx, n_over


def make():
    np.random.seed(12)
    readings = np.random.uniform(1100.0, 1250.0, size=(16,)).astype(np.float32)
    return HotspotReport(), (Tensor(readings),)
