# case: tensor-valued if on total incidence that picks a damped or an undamped forecast of the same shape -> control flow with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InterventionForecast(nn.Cell):
    def __init__(self, threshold=300.0, days=5):
        super().__init__()
        self.threshold = threshold
        self.days = days
        self.growth = Parameter(Tensor(1.05, ms.float32), name="growth")
        self.damping = Parameter(Tensor(0.9, ms.float32), name="damping")

    def project(self, last, rate):
        steps = ops.arange(1, self.days + 1, dtype=ms.float32).reshape(-1, 1)
        return last * ops.pow(rate, steps)

    def construct(self, cases):
        last = cases[-1]
        if last.sum() > self.threshold:
            fc = self.project(last, self.growth * self.damping)
        else:
            fc = self.project(last, self.growth)
        return fc


def make():
    np.random.seed(27)
    cases = np.random.poisson(60, size=(8, 6)).astype(np.float32)
    return InterventionForecast(), (Tensor(cases),)
