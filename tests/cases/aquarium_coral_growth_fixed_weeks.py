# case: project coral colony area over a fixed 12-week horizon, stacking each week's area -> loop over Python range with a list, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoralGrowthProjector(nn.Cell):
    def __init__(self, weekly_rate=0.08, horizon_weeks=12):
        super().__init__()
        self.rate = weekly_rate
        self.horizon = horizon_weeks

    def step(self, area, light):
        return area * (1.0 + self.rate * light)

    def construct(self, start_area_cm2, light_index, target_cm2):
        area = start_area_cm2
        history = []
        for _ in range(self.horizon):
            area = self.step(area, light_index)
            history.append(area)
        traj = ops.stack(history)
        reached = (traj >= target_cm2).astype(ms.int32).sum()
        return traj, reached


def make():
    np.random.seed(62)
    start = Tensor(np.random.uniform(8.0, 15.0, size=(5,)).astype(np.float32))
    light = Tensor(np.random.uniform(0.5, 1.0, size=(5,)).astype(np.float32))
    target = Tensor(np.array(30.0, dtype=np.float32))
    return CoralGrowthProjector(), (start, light, target)
