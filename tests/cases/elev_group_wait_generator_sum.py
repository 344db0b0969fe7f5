# case: sums expected waiting time over the car group with a generator expression calling a per-car helper in construct -> generator expression in graph construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroupWaitEstimator(nn.Cell):
    def __init__(self, num_cars=4, speed_floors_per_s=0.8, stop_s=10.0):
        super().__init__()
        self.num_cars = num_cars
        self.speed = speed_floors_per_s
        self.stop_s = stop_s

    def car_wait(self, car_floor, car_stops, call_floor):
        return ops.abs(car_floor - call_floor) / self.speed + car_stops * self.stop_s

    def construct(self, car_floors, car_stops, call_floor):
        total = sum(self.car_wait(car_floors[i], car_stops[i], call_floor)
                    for i in range(self.num_cars))
        return total / self.num_cars


def make():
    np.random.seed(31)
    floors = Tensor(np.random.randint(0, 20, (4,)).astype(np.float32))
    stops = Tensor(np.random.randint(0, 4, (4,)).astype(np.float32))
    return GroupWaitEstimator(), (floors, stops, Tensor(9.0, ms.float32))
