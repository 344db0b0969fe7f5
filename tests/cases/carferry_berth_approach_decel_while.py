# case: berth approach simulator decelerates until speed over ground drops below the docking limit, collecting each step's position in a list -> while on tensor value with a growing list gives data-dependent output length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthApproach(nn.Cell):
    """Integrates a simple deceleration profile toward the linkspan."""

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
        track = []
        while speed > self.dock_speed:
            pos, speed = self.step(pos, speed)
            track.append(pos)
        return ops.stack(track), speed


def make():
    np.random.seed(3)
    return BerthApproach(), (Tensor(np.float32(-400.0)), Tensor(np.float32(3.5)))
