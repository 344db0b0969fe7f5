# case: crossing planner switches to the longer sheltered route when forecast swell exceeds 2.5 m, and that route has more waypoints -> tensor-valued if whose branches give different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoutePlanner(nn.Cell):
    def __init__(self):
        super().__init__()
        direct = np.array([[0.0, 0.0], [3.0, 1.0], [6.0, 1.5], [9.0, 2.0]], np.float32)
        sheltered = np.array([[0.0, 0.0], [1.5, 2.5], [3.5, 4.0], [6.0, 4.2],
                              [8.0, 3.0], [9.0, 2.0]], np.float32)
        self.direct = Tensor(direct)
        self.sheltered = Tensor(sheltered)
        self.swell_limit = 2.5

    def leg_lengths(self, wps):
        d = wps[1:] - wps[:-1]
        return ops.sqrt((d * d).sum(axis=1))

    def construct(self, swell_m, speed_kn):
        if swell_m.max() > self.swell_limit:
            route = self.sheltered
        else:
            route = self.direct
        legs = self.leg_lengths(route)
        return route, legs / speed_kn * 60.0


def make():
    np.random.seed(15)
    swell = np.random.uniform(1.5, 3.2, 6).astype(np.float32)
    return RoutePlanner(), (Tensor(swell), Tensor(np.float32(14.0)))
