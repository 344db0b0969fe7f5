# case: route planner looks up tolls per segment road class with a toll table tensor and ops.gather -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


TOLL_TABLE = {"local": 0.0, "arterial": 1.5, "highway": 3.0}


class SegmentCost(nn.Cell):
    def __init__(self, time_weight=1.0, toll_weight=0.5):
        super().__init__()
        tolls = [TOLL_TABLE[k] for k in ("local", "arterial", "highway")]
        self.toll_table = Tensor(np.array(tolls, np.float32))
        self.time_weight = time_weight
        self.toll_weight = toll_weight

    def construct(self, travel_times, road_class):
        # travel_times, road_class: (routes, segments)
        tolls = ops.gather(self.toll_table, road_class, 0)
        cost = self.time_weight * travel_times + self.toll_weight * tolls
        route_cost = cost.sum(axis=1)
        best = ops.argmin(route_cost)
        return route_cost, best


def make():
    np.random.seed(20)
    tt = Tensor(np.random.uniform(1, 5, size=(4, 7)).astype(np.float32))
    rc = Tensor(np.random.randint(0, 3, size=(4, 7)).astype(np.int32))
    return SegmentCost(), (tt, rc)
