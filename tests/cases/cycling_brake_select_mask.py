# case: average deceleration during hard braking using ops.select(cond, x, y) and a mask count, no compaction -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrakeProfile(nn.Cell):
    def __init__(self, hard_brake=-3.0, dt=0.1):
        super().__init__()
        self.hard_brake = hard_brake
        self.dt = dt

    def construct(self, speed):
        a = (speed[1:] - speed[:-1]) / self.dt
        hard = a < self.hard_brake
        hard_a = ops.select(hard, a, ops.zeros_like(a))
        count = hard.astype(ms.float32).sum()
        mean_hard = hard_a.sum() / ops.maximum(count, 1.0)
        peak = a.min()
        return mean_hard, count, peak


def make():
    np.random.seed(162)
    speed = np.cumsum(np.random.normal(0, 0.3, 400)).astype(np.float32) + 25.0
    speed[120:130] -= np.linspace(0, 9, 10).astype(np.float32)
    return BrakeProfile(), (Tensor(speed),)
