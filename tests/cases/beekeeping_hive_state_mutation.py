# case: hive weight monitor stores the last seen weight on self inside construct to compute the daily gain next call -> attribute write in construct (Graph mode may reject)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyGainMonitor(nn.Cell):
    def __init__(self, alarm_drop_kg=1.5):
        super().__init__()
        self.alarm_drop_kg = alarm_drop_kg
        self.last_weight = Tensor(np.array(0.0, np.float32))

    def construct(self, evening_weight):
        today = evening_weight.mean()
        gain = today - self.last_weight
        self.last_weight = today
        swarm_alarm = gain < -self.alarm_drop_kg
        return gain, swarm_alarm


def make():
    np.random.seed(63)
    w = (38 + np.random.randn(6) * 0.2).astype(np.float32)
    return DailyGainMonitor(), (Tensor(w),)
