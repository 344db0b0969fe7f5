# case: compute kiln segment durations from the setpoint tensor with vectorised diff and abs -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPlannerOps(nn.Cell):
    def __init__(self, ramp_c_per_hr=150.0, min_hold_hr=0.25):
        super().__init__()
        self.ramp = ramp_c_per_hr
        self.min_hold = min_hold_hr

    def construct(self, setpoints):
        diffs = setpoints[1:] - setpoints[:-1]
        durations = ops.abs(diffs) / self.ramp
        durations = ops.maximum(durations, self.min_hold)
        return durations, durations.sum()


def make():
    np.random.seed(25)
    sp = np.array([20.0, 100.0, 600.0, 1000.0, 1240.0, 1240.0], np.float32)
    return SegmentPlannerOps(), (Tensor(sp),)
