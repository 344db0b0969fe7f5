# case: cut the annealing lehr temperature profile at the first sample below the strain point, index obtained with .item() -> slice length from tensor data, expect Graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STRAIN_POINT_C = 510.0


def cooling_rate(profile, dt):
    return (profile[1:] - profile[:-1]) / dt


class AnnealWindow(nn.Cell):
    def __init__(self, dt_min=0.5, strain_point=STRAIN_POINT_C):
        super().__init__()
        self.dt = dt_min
        self.strain_point = strain_point

    def construct(self, lehr_profile):
        below = (lehr_profile < self.strain_point).astype(ms.int32)
        first_below = ops.argmax(below, dim=0)
        cut = first_below.item()
        window = lehr_profile[:cut]
        rate = cooling_rate(window, self.dt)
        return window, rate.min()


def make():
    np.random.seed(31)
    profile = np.linspace(560.0, 460.0, 40).astype(np.float32)
    profile += np.random.randn(40).astype(np.float32) * 0.3
    return AnnealWindow(), (Tensor(profile),)
