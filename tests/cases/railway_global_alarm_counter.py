# case: a module-level alarm counter is incremented from construct whenever a track defect alarm fires -> global state mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALARM_COUNT = 0


class TrackAlarm(nn.Cell):
    def __init__(self, limit=1.5):
        super().__init__()
        self.limit = limit

    def construct(self, twist):
        global ALARM_COUNT
        exceed = (ops.abs(twist) > self.limit).astype(ms.float32)
        ALARM_COUNT = ALARM_COUNT + 1
        return exceed.sum(axis=-1), ALARM_COUNT


def make():
    np.random.seed(13)
    twist = Tensor(np.random.randn(3, 25).astype(np.float32))
    return TrackAlarm(), (twist,)
