# case: berth approach simulator over a fixed 12-step horizon, clamping speed at the docking limit with ops.where -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthApproach(nn.Cell):
    def __init__(self, horizon=12, dt_s=5.0, decel=0.08, dock_speed=0.3):
        super().__init__()
        self.horizon = horizon
        self.dt = dt_s
        self.decel = decel
        self.dock_speed = dock_speed

    def step(self, pos, speed):
        slowed = speed * (1.0 - self.decel)
        speed = ops.where(slowed > self.dock_speed, slowed, ops.full_like(slowed, self.dock_speed))
        pos = pos + speed * self.dt
        return pos, speed

    def construct(self, start_pos_m, start_speed_ms):
        pos = start_pos_m
        speed = start_speed_ms
        track = []
        for _ in range(self.horizon):
            pos, speed = self.step(pos, speed)
            track.append(pos)
        return ops.stack(track), speed


def make():
    np.random.seed(3)
    pos = Tensor(np.random.uniform(-450, -350, 4).astype(np.float32))
    spd = Tensor(np.random.uniform(2.5, 4.0, 4).astype(np.float32))
    return BerthApproach(), (pos, spd)
