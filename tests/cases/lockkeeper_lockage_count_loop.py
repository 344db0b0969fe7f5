# case: replay the lock cycle log for as many lockages as the counter tensor reports, appending each cycle's water use -> for over range(int(tensor)) with a list grown per iteration, expect rejection or dynamic behaviour
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def lockage_volume(lift_m, area_m2=240.0):
    return lift_m * area_m2


class WaterBudget(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, n_lockages, lifts):
        uses = []
        for i in range(int(n_lockages)):
            uses.append(lockage_volume(lifts[i]))
        return ops.stack(uses).sum()


def make():
    np.random.seed(211)
    lifts = np.random.uniform(2.0, 7.0, size=(10,)).astype(np.float32)
    return WaterBudget(), (Tensor(np.int32(7)), Tensor(lifts))
