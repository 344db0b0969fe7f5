# case: when the measured spool fill exceeds capacity, derate the traverse speeds of the winding schedule, else keep them -> tensor-valued if with same-shape branches
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindingPlannerDerate(nn.Cell):
    def __init__(self, capacity_m=450.0, derate=0.8):
        super().__init__()
        self.capacity_m = capacity_m
        self.derate = derate
        self.speed = nn.Dense(3, 1)

    def construct(self, schedule, wound_m):
        if wound_m.sum() > self.capacity_m:
            plan = schedule * self.derate
        else:
            plan = schedule
        return self.speed(plan).squeeze(-1)


def make():
    np.random.seed(82)
    schedule = np.random.uniform(0.5, 2.0, size=(10, 3)).astype(np.float32)
    wound = np.random.uniform(40, 55, size=(10,)).astype(np.float32)
    return WindingPlannerDerate(), (Tensor(schedule), Tensor(wound))
