# case: harvest planner runs a python-int counted while loop of extraction rounds, each taking a fixed fraction of honey with a mask multiply -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SUPER_FULL_KG = 12.0


class HarvestPlanner(nn.Cell):
    def __init__(self, tare_kg=25.0, rounds=3, take_frac=0.4):
        super().__init__()
        self.tare_kg = tare_kg
        self.rounds = rounds
        self.take_frac = take_frac

    def construct(self, hive_weights):
        honey = hive_weights - self.tare_kg
        harvested = ops.zeros_like(honey)
        r = 0
        while r < self.rounds:
            ready = (honey > SUPER_FULL_KG).astype(honey.dtype)
            take = honey * self.take_frac * ready
            harvested = harvested + take
            honey = honey - take
            r += 1
        return harvested, honey


def make():
    np.random.seed(182)
    w = (np.random.rand(10) * 20 + 28).astype(np.float32)
    return HarvestPlanner(), (Tensor(w),)
