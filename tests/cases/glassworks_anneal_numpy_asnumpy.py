# case: fit the annealing cooling slope with numpy.polyfit on the lehr profile converted via .asnumpy() inside construct -> NumPy on tensors in graph, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealSlopeFit(nn.Cell):
    def __init__(self, dt_min=0.5):
        super().__init__()
        self.dt = dt_min

    def construct(self, lehr_profile):
        prof = lehr_profile.asnumpy()
        t = np.arange(prof.shape[0]) * self.dt
        slope, intercept = np.polyfit(t, prof, 1)
        fitted = Tensor(slope * t + intercept, ms.float32)
        return lehr_profile - fitted


def make():
    np.random.seed(111)
    profile = np.linspace(560.0, 460.0, 30).astype(np.float32)
    profile += np.random.randn(30).astype(np.float32) * 0.5
    return AnnealSlopeFit(), (Tensor(profile),)
