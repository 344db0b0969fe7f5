# case: yield-drop detector blends herd-wide and per-cow alarms with ops.where on a tensor condition instead of an if -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldDropAlarm(nn.Cell):
    def __init__(self, drop_kg=3.0, herd_drop_kg=2.5):
        super().__init__()
        self.drop_kg = drop_kg
        self.herd_drop_kg = herd_drop_kg

    def construct(self, yesterday, today):
        drop = yesterday - today
        herd_alarm = drop.mean() > self.herd_drop_kg
        cow_alarm = (drop > self.drop_kg).astype(ms.float32)
        alarm = ops.where(herd_alarm, ops.ones_like(cow_alarm), cow_alarm)
        return alarm, drop


def make():
    np.random.seed(13)
    y = np.random.uniform(25.0, 35.0, (10,)).astype(np.float32)
    t = y - np.random.uniform(-1.0, 6.0, (10,)).astype(np.float32)
    return YieldDropAlarm(), (Tensor(y), Tensor(t))
