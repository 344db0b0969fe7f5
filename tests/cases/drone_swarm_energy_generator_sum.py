# case: sums per-member battery energy use with a generator expression over the swarm tensor rows -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmEnergyBudget(nn.Cell):
    def __init__(self, hover_power=180.0, drag_coeff=4.0):
        super().__init__()
        self.hover_power = hover_power
        self.drag_coeff = drag_coeff

    def member_power(self, vel):
        speed_sq = (vel * vel).sum()
        return self.hover_power + self.drag_coeff * speed_sq

    def construct(self, velocities, dt):
        total = sum(self.member_power(velocities[i]) for i in range(velocities.shape[0]))
        return total * dt / 3600.0


def make():
    np.random.seed(25)
    vel = np.random.uniform(-3, 3, size=(6, 3)).astype(np.float32)
    return SwarmEnergyBudget(), (Tensor(vel), 0.1)
