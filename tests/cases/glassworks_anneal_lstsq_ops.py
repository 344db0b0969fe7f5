# case: fit the annealing cooling slope with closed-form least squares written in MindSpore ops, time axis built from a NumPy constant in __init__ -> no NumPy in construct, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealSlopeFitOps(nn.Cell):
    def __init__(self, n_samples=30, dt_min=0.5):
        super().__init__()
        self.t = Tensor(np.arange(n_samples, dtype=np.float32) * dt_min)

    def construct(self, lehr_profile):
        t_mean = self.t.mean()
        y_mean = lehr_profile.mean()
        cov = ((self.t - t_mean) * (lehr_profile - y_mean)).sum()
        var = ((self.t - t_mean) ** 2).sum()
        slope = cov / var
        intercept = y_mean - slope * t_mean
        return lehr_profile - (slope * self.t + intercept), slope


def make():
    np.random.seed(112)
    profile = np.linspace(560.0, 460.0, 30).astype(np.float32)
    profile += np.random.randn(30).astype(np.float32) * 0.5
    return AnnealSlopeFitOps(), (Tensor(profile),)
