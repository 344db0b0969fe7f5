# case: zero out buoys that did not trip the wave-height alarm with a three-argument ops.select -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BuoyAlarmPanel(nn.Cell):
    """Per-buoy summary of the last hour of telemetry."""

    def __init__(self, n_channels=6, alarm_level=0.5):
        super().__init__()
        self.alarm_level = alarm_level
        self.proj = nn.Dense(n_channels, 1)

    def construct(self, telemetry):
        wave_height = self.proj(telemetry).squeeze(-1)
        tripped = wave_height > self.alarm_level
        per_buoy = telemetry.sum(axis=1)
        quiet = ops.zeros_like(per_buoy)
        return ops.select(tripped, per_buoy, quiet)


def make():
    np.random.seed(3038)
    tele = Tensor(np.random.randn(12, 6).astype(np.float32) * 3.0)
    return BuoyAlarmPanel(), (tele,)
