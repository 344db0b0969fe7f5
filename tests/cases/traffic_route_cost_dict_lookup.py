# case: route planner looks up a toll per road class in a Python dict keyed by int() of the tensor road-class id -> error in graph mode (tensor value as dict key)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteCost(nn.Cell):
    def __init__(self, time_weight=1.0):
        super().__init__()
        self.tolls = {0: 0.0, 1: 1.5, 2: 3.0}
        self.time_weight = time_weight

    def construct(self, travel_times, road_class):
        toll = self.tolls[int(road_class)]
        return travel_times.sum() * self.time_weight + toll


def make():
    np.random.seed(19)
    tt = Tensor(np.random.uniform(1, 5, size=(6,)).astype(np.float32))
    road_class = Tensor(2, ms.int32)
    return RouteCost(), (tt, road_class)
