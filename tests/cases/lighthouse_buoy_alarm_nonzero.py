# case: locate buoys whose wave-height telemetry tripped the alarm with ops.nonzero and gather their readings -> nonzero output size depends on data, dynamic in Graph mode
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
        # telemetry: (buoys, channels)
        wave_height = self.proj(telemetry).squeeze(-1)
        tripped = wave_height > self.alarm_level
        idx = ops.nonzero(tripped).squeeze(-1)
        alarmed = ops.gather(telemetry, idx, 0)
        return alarmed.sum(axis=1)


def make():
    np.random.seed(3037)
    tele = Tensor(np.random.randn(12, 6).astype(np.float32) * 3.0)
    return BuoyAlarmPanel(), (tele,)
