# case: when the measured spool fill exceeds capacity, trim the winding schedule to its first rows, else keep all rows -> tensor-valued if whose branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindingPlanner(nn.Cell):
    def __init__(self, capacity_m=450.0, trim_rows=6):
        super().__init__()
        self.capacity_m = capacity_m
        self.trim_rows = trim_rows
        self.speed = nn.Dense(3, 1)

    def construct(self, schedule, wound_m):
        # schedule rows: [layer, traverse_speed, tension]
        if wound_m.sum() > self.capacity_m:
            plan = schedule[:self.trim_rows]
        else:
            plan = schedule
        return self.speed(plan).squeeze(-1)


def make():
    np.random.seed(81)
    schedule = np.random.uniform(0.5, 2.0, size=(10, 3)).astype(np.float32)
    wound = np.random.uniform(40, 55, size=(10,)).astype(np.float32)
    return WindingPlanner(), (Tensor(schedule), Tensor(wound))
