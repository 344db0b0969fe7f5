# case: simulate weekly coral colony growth until the projected area exceeds the target, collecting each week's area in a list -> while on tensor value growing a list, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoralGrowthProjector(nn.Cell):
    def __init__(self, weekly_rate=0.08, max_weeks=52):
        super().__init__()
        self.rate = weekly_rate
        self.max_weeks = max_weeks

    def step(self, area, light):
        return area * (1.0 + self.rate * light)

    def construct(self, start_area_cm2, light_index, target_cm2):
        area = start_area_cm2
        history = []
        weeks = 0
        while area < target_cm2:
            area = self.step(area, light_index)
            history.append(area)
            weeks += 1
        return ops.stack(history), weeks


def make():
    np.random.seed(61)
    start = Tensor(np.array(12.0, dtype=np.float32))
    light = Tensor(np.array(0.9, dtype=np.float32))
    target = Tensor(np.array(30.0, dtype=np.float32))
    return CoralGrowthProjector(), (start, light, target)
