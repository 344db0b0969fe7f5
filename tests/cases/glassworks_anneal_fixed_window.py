# case: analyse the first half of the annealing lehr profile, cut length taken from the tensor shape -> slice bound from shape, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cooling_rate(profile, dt):
    return (profile[1:] - profile[:-1]) / dt


class AnnealHalfWindow(nn.Cell):
    def __init__(self, dt_min=0.5, strain_point=510.0):
        super().__init__()
        self.dt = dt_min
        self.strain_point = strain_point

    def construct(self, lehr_profile):
        n = lehr_profile.shape[0]
        window = lehr_profile[: n // 2]
        rate = cooling_rate(window, self.dt)
        below = (lehr_profile < self.strain_point).astype(ms.float32)
        first_below = ops.argmax(below, dim=0)
        return window, rate.min(), first_below


def make():
    np.random.seed(32)
    profile = np.linspace(560.0, 460.0, 40).astype(np.float32)
    profile += np.random.randn(40).astype(np.float32) * 0.3
    return AnnealHalfWindow(), (Tensor(profile),)
