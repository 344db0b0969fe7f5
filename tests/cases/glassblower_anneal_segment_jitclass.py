# case: annealing segment described by an ms.jit_class built in __init__ and only read in construct to compute the ramp curve -> should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AnnealSegment:
    def __init__(self, start_c, end_c, minutes):
        self.start_c = start_c
        self.end_c = end_c
        self.minutes = minutes

    def rate(self):
        return (self.end_c - self.start_c) / self.minutes


class RampCurve(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seg = AnnealSegment(510.0, 440.0, 60.0)

    def construct(self, t_minutes):
        r = self.seg.rate()
        temp = self.seg.start_c + r * t_minutes
        return ops.clamp(temp, min=self.seg.end_c, max=self.seg.start_c)


def make():
    np.random.seed(82)
    t = np.linspace(0.0, 90.0, 16).astype(np.float32)
    return RampCurve(), (Tensor(t),)
