# case: build an annealing schedule segment as a plain Python object inside construct and read ramp values from it -> plain class instantiated in construct, expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealSegment:
    def __init__(self, start_c, end_c, minutes):
        self.start_c = start_c
        self.end_c = end_c
        self.minutes = minutes

    def rate(self):
        return (self.end_c - self.start_c) / self.minutes


class ScheduleEvaluator(nn.Cell):
    def __init__(self, hold_minutes=60.0):
        super().__init__()
        self.hold_minutes = hold_minutes

    def construct(self, start_c, end_c):
        seg = AnnealSegment(start_c, end_c, self.hold_minutes)
        r = seg.rate()
        return r, seg.end_c - seg.start_c


def make():
    np.random.seed(81)
    return ScheduleEvaluator(), (Tensor(np.array(510.0, np.float32)), Tensor(np.array(440.0, np.float32)))
