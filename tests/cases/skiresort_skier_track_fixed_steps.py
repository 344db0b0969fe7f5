# case: integrate a skier's glide for a fixed number of time steps, freezing the skier once speed drops below threshold via ops.where -> Python-int loop, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlideIntegratorFixed(nn.Cell):
    def __init__(self, n_steps=20, friction=0.08, dt=0.5, stop_speed=0.5):
        super().__init__()
        self.n_steps = n_steps
        self.friction = friction
        self.dt = dt
        self.stop_speed = stop_speed

    def construct(self, start_pos, start_vel):
        pos, vel = start_pos, start_vel
        track = []
        for _ in range(self.n_steps):
            moving = ops.norm(vel) > self.stop_speed
            vel = ops.where(moving, vel * (1.0 - self.friction), ops.zeros_like(vel))
            pos = pos + vel * self.dt
            track.append(pos)
        return ops.stack(track)


def make():
    np.random.seed(52)
    p0 = Tensor(np.array([0.0, 0.0], np.float32))
    v0 = Tensor(np.array([6.0, -3.0], np.float32))
    return GlideIntegratorFixed(), (p0, v0)
