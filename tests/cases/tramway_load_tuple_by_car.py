# case: per-car load estimates collected in a list over a constant car count and stacked -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarLoadStack(nn.Cell):
    def __init__(self, n_cars=3, doors_per_car=2):
        super().__init__()
        self.n_cars = n_cars
        self.doors_per_car = doors_per_car

    def construct(self, door_net_counts):
        per_car = []
        for i in range(self.n_cars):
            start = i * self.doors_per_car
            per_car.append(door_net_counts[:, start:start + self.doors_per_car].sum())
        loads = ops.stack(per_car)
        return loads, loads.sum(), loads.argmax()


def make():
    np.random.seed(3093)
    c = np.random.poisson(3, size=(10, 6)).astype(np.float32)
    return CarLoadStack(), (Tensor(c),)
