# case: scores every car for every hall call and masks out full or out-of-service cars with ops.select before argmin -> fixed shapes throughout, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DispatchScorer(nn.Cell):
    def __init__(self, travel_weight=1.0, load_weight=8.0, penalty=1e4):
        super().__init__()
        self.travel_weight = travel_weight
        self.load_weight = load_weight
        self.penalty = penalty

    def travel_cost(self, car_floors, call_floors):
        return ops.abs(call_floors.expand_dims(1) - car_floors.expand_dims(0))

    def construct(self, car_floors, car_load_ratio, in_service, call_floors):
        cost = self.travel_weight * self.travel_cost(car_floors, call_floors)
        cost = cost + self.load_weight * car_load_ratio.expand_dims(0)
        unavailable = ops.logical_or(car_load_ratio > 0.9, ops.logical_not(in_service))
        unavailable = ops.broadcast_to(unavailable.expand_dims(0), cost.shape)
        big = ops.full_like(cost, self.penalty)
        cost = ops.select(unavailable, big, cost)
        return cost.argmin(axis=1), cost.min(axis=1)


def make():
    np.random.seed(2)
    car_floors = Tensor(np.array([0, 5, 12, 20], dtype=np.float32))
    load = Tensor(np.array([0.3, 0.95, 0.1, 0.6], dtype=np.float32))
    in_service = Tensor(np.array([True, True, False, True]))
    calls = Tensor(np.random.randint(0, 25, (6,)).astype(np.float32))
    return DispatchScorer(), (car_floors, load, in_service, calls)
