# case: gate controller that prints an f-string log line with the mean brine level and opening before returning the opening -> print of an f-string with tensors in construct, expect rejection or fallback depending on level
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateController(nn.Cell):
    def __init__(self, setpoint_cm=30.0, kp=0.04, verbose=True):
        super().__init__()
        self.setpoint_cm = setpoint_cm
        self.kp = kp
        self.verbose = verbose

    def construct(self, level_cm):
        error = self.setpoint_cm - level_cm
        opening = ops.clamp(self.kp * error, 0.0, 1.0)
        if self.verbose:
            print(f"mean level {level_cm.mean()} cm, mean opening {opening.mean()}")
        return opening


def make():
    np.random.seed(31)
    level = Tensor(np.random.uniform(10.0, 40.0, size=(9,)).astype(np.float32))
    return GateController(), (level,)
