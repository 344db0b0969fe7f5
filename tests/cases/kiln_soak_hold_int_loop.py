# case: glaze soak simulator runs one heat-diffusion pass per hold interval, where the number of intervals comes from int() of the hold-time tensor -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def diffuse(profile, alpha):
    left = ops.concat((profile[:1], profile[:-1]))
    right = ops.concat((profile[1:], profile[-1:]))
    return profile + alpha * (left + right - 2.0 * profile)


class GlazeSoak(nn.Cell):
    def __init__(self, alpha=0.2, interval_min=15.0):
        super().__init__()
        self.alpha = alpha
        self.interval = interval_min

    def construct(self, wall_profile, hold_minutes):
        n_intervals = int(hold_minutes / self.interval)
        for _ in range(n_intervals):
            wall_profile = diffuse(wall_profile, self.alpha)
        return wall_profile


def make():
    np.random.seed(61)
    profile = np.linspace(1240, 1180, 10).astype(np.float32)
    return GlazeSoak(), (Tensor(profile), Tensor(np.array(60.0, np.float32)))
