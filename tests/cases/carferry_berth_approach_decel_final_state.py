# case: berth approach simulator decelerates in a while loop until speed drops below the docking limit, keeping only the final position and step count -> tensor-condition loop with fixed-shape carried state
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthApproach(nn.Cell):
    """Time to reach docking speed, with fixed-shape loop state only."""

    def __init__(self, dt_s=5.0, decel=0.08, dock_speed=0.3):
        super().__init__()
        self.dt = dt_s
        self.decel = decel
        self.dock_speed = dock_speed

    def step(self, pos, speed):
        speed = speed * (1.0 - self.decel)
        pos = pos + speed * self.dt
        return pos, speed

    def construct(self, start_pos_m, start_speed_ms):
        pos = start_pos_m
        speed = start_speed_ms
        steps = Tensor(0, ms.int32)
        while speed > self.dock_speed:
            pos, speed = self.step(pos, speed)
            steps = steps + 1
        return pos, speed, steps.astype(ms.float32) * self.dt


def make():
    np.random.seed(3)
    return BerthApproach(), (Tensor(np.float32(-400.0)), Tensor(np.float32(3.5)))
