# case: collect the relative-humidity readings that exceed the cave setpoint with masked_select and average them -> data-dependent output shape, expect dynamic or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HumidityExcursionMonitor(nn.Cell):
    def __init__(self, setpoint_rh=92.0, deadband=1.5):
        super().__init__()
        self.upper = setpoint_rh + deadband
        self.gain = ms.Parameter(Tensor(np.array([0.8], np.float32)), name="gain")

    def construct(self, rh_log):
        high = rh_log > self.upper
        excursions = ops.masked_select(rh_log, high)
        overshoot = excursions - self.upper
        correction = self.gain * overshoot.mean()
        return ops.clip_by_value(correction, Tensor(0.0, ms.float32), Tensor(10.0, ms.float32))


def make():
    np.random.seed(3203)
    rh = (92.0 + 3.0 * np.random.randn(8, 48)).astype(np.float32)
    return HumidityExcursionMonitor(), (Tensor(rh),)
