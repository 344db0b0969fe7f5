# case: splits a stop sequence into morning and afternoon halves using x.shape[0] // 2 -> slice bounds from static shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftSplitter(nn.Cell):
    def __init__(self):
        super().__init__()

    def leg_km(self, pts):
        diff = pts[1:] - pts[:-1]
        return ops.sqrt((diff * diff).sum(axis=1)).sum()

    def construct(self, stops):
        half = stops.shape[0] // 2
        morning = stops[:half]
        afternoon = stops[half:]
        return self.leg_km(morning), self.leg_km(afternoon)


def make():
    np.random.seed(27)
    stops = Tensor(np.random.uniform(0, 15, size=(10, 2)).astype(np.float32))
    return ShiftSplitter(), (stops,)
