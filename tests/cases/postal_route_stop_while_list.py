# case: delivery route time predictor walks stops in a while loop until the tensor stop count is reached, appending per-leg times to a list it then stacks -> loop count from data with a growing list, dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LegTimeModel(nn.Cell):
    def __init__(self, n_feat=6):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)

    def construct(self, leg):
        return ops.softplus(self.fc(leg)).squeeze(-1)


class RouteTimePredictor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.leg_model = LegTimeModel()

    def construct(self, legs, n_stops):
        leg_times = []
        i = 0
        while i < n_stops:
            leg_times.append(self.leg_model(legs[i:i + 1]))
            i = i + 1
        per_leg = ops.concat(leg_times)
        return per_leg.sum(), per_leg


def make():
    np.random.seed(41)
    legs = Tensor(np.random.rand(12, 6).astype(np.float32))
    n_stops = Tensor(7, ms.int32)
    return RouteTimePredictor(), (legs, n_stops)
