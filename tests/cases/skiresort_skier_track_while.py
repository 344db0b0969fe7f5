# case: integrate a skier's glide until speed drops under a threshold, appending each position to a list -> loop count from tensor data and list grown in it, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlideIntegrator(nn.Cell):
    def __init__(self, friction=0.08, dt=0.5, stop_speed=0.5):
        super().__init__()
        self.friction = friction
        self.dt = dt
        self.stop_speed = stop_speed

    def step(self, pos, vel):
        vel = vel * (1.0 - self.friction)
        pos = pos + vel * self.dt
        return pos, vel

    def construct(self, start_pos, start_vel):
        pos, vel = start_pos, start_vel
        track = [pos]
        while ops.norm(vel) > self.stop_speed:
            pos, vel = self.step(pos, vel)
            track.append(pos)
        return ops.stack(track)


def make():
    np.random.seed(51)
    p0 = Tensor(np.array([0.0, 0.0], np.float32))
    v0 = Tensor(np.array([6.0, -3.0], np.float32))
    return GlideIntegrator(), (p0, v0)
