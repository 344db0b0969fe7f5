# case: @ms.jit_class motion model config object held by the Cell and only read in construct (dt, noise) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MotionConfig:
    def __init__(self, dt=1.0, pos_noise=0.05, vel_noise=0.01):
        self.dt = dt
        self.pos_noise = pos_noise
        self.vel_noise = vel_noise


class ConstantVelocityStep(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else MotionConfig()

    def construct(self, pos, vel, pos_var, vel_var):
        dt = self.cfg.dt
        new_pos = pos + vel * dt
        new_pos_var = pos_var + vel_var * dt * dt + self.cfg.pos_noise
        new_vel_var = vel_var + self.cfg.vel_noise
        return new_pos, vel, new_pos_var, new_vel_var


def make():
    np.random.seed(14)
    pos = Tensor(np.random.rand(5, 4).astype(np.float32))
    vel = Tensor(np.random.rand(5, 4).astype(np.float32) * 0.1)
    pv = Tensor(np.ones((5, 4), np.float32))
    vv = Tensor(np.ones((5, 4), np.float32) * 0.5)
    return ConstantVelocityStep(), (pos, vel, pv, vv)
