# case: hive weight monitor keeps the last seen weight in a Parameter updated with ops.assign -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyGainMonitor(nn.Cell):
    def __init__(self, alarm_drop_kg=1.5):
        super().__init__()
        self.alarm_drop_kg = alarm_drop_kg
        self.last_weight = ms.Parameter(Tensor(np.array(0.0, np.float32)),
                                        name="last_weight", requires_grad=False)

    def construct(self, evening_weight):
        today = evening_weight.mean()
        gain = today - self.last_weight
        ops.assign(self.last_weight, today)
        swarm_alarm = gain < -self.alarm_drop_kg
        return gain, swarm_alarm


def make():
    np.random.seed(64)
    w = (38 + np.random.randn(6) * 0.2).astype(np.float32)
    return DailyGainMonitor(), (Tensor(w),)
