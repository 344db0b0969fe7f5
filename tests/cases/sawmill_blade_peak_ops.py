# case: band saw blade tension monitor computes peak-to-peak swing with ops.amax / ops.amin on the filtered strain signal -> tensor ops only, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeTensionMonitor(nn.Cell):
    def __init__(self, gauge_factor=2.1, nominal_kn=28.0, alarm_swing=6.0):
        super().__init__()
        self.gauge_factor = gauge_factor
        self.nominal_kn = nominal_kn
        self.alarm_swing = alarm_swing
        self.filter = nn.Conv1d(1, 1, kernel_size=5, pad_mode="same", has_bias=False)

    def construct(self, strain_window):
        tension = self.filter(strain_window) * self.gauge_factor
        swing = ops.amax(tension, axis=-1) - ops.amin(tension, axis=-1)
        deviation = ops.abs(tension.mean() - self.nominal_kn)
        alarm = ops.cast(swing > self.alarm_swing, ms.float32)
        return deviation, swing, alarm


def make():
    np.random.seed(3212)
    strain = Tensor((13.0 + np.random.randn(1, 1, 128)).astype(np.float32))
    return BladeTensionMonitor(), (strain,)
