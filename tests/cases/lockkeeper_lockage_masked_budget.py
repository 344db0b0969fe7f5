# case: water budget over a padded lock cycle log: loop over the fixed log capacity and weight each cycle by whether it is before the reported count -> loop over range(constant) with mask multiplication, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lockage_volume(lift_m, area_m2=240.0):
    return lift_m * area_m2


class WaterBudget(nn.Cell):
    def __init__(self, capacity=10):
        super().__init__()
        self.capacity = capacity

    def construct(self, n_lockages, lifts):
        total = ops.zeros((), ms.float32)
        for i in range(self.capacity):
            active = (n_lockages > i).astype(ms.float32)
            total = total + active * lockage_volume(lifts[i])
        return total


def make():
    np.random.seed(212)
    lifts = np.random.uniform(2.0, 7.0, size=(10,)).astype(np.float32)
    return WaterBudget(), (Tensor(np.int32(7)), Tensor(lifts))
