# case: glaze soak simulator runs a heat-diffusion pass per hold interval where the hold time is a Python config value -> Python-int loop, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def diffuse(profile, alpha):
    left = ops.concat((profile[:1], profile[:-1]))
    right = ops.concat((profile[1:], profile[-1:]))
    return profile + alpha * (left + right - 2.0 * profile)


class GlazeSoak(nn.Cell):
    def __init__(self, alpha=0.2, interval_min=15.0, hold_minutes=60.0):
        super().__init__()
        self.alpha = alpha
        self.n_intervals = int(hold_minutes // interval_min)

    def construct(self, wall_profile):
        for _ in range(self.n_intervals):
            wall_profile = diffuse(wall_profile, self.alpha)
        return wall_profile


def make():
    np.random.seed(62)
    profile = np.linspace(1240, 1180, 10).astype(np.float32)
    return GlazeSoak(), (Tensor(profile),)
