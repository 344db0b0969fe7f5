# case: build a dict of per-car load estimates keyed by car name inside construct and return its values -> dict in construct, expect static at LAX or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarLoadBreakdown(nn.Cell):
    def __init__(self, car_names=("A", "B", "C"), doors_per_car=2):
        super().__init__()
        self.car_names = car_names
        self.doors_per_car = doors_per_car

    def construct(self, door_net_counts):
        loads = {}
        for i, name in enumerate(self.car_names):
            start = i * self.doors_per_car
            loads[name] = door_net_counts[:, start:start + self.doors_per_car].sum()
        loads["total"] = door_net_counts.sum()
        return loads["A"], loads["total"], loads


def make():
    np.random.seed(3092)
    c = np.random.poisson(3, size=(10, 6)).astype(np.float32)
    return CarLoadBreakdown(), (Tensor(c),)
