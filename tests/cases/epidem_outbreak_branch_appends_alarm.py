# case: if the total incidence crosses an outbreak threshold the forecast gets an extra alarm row concatenated, otherwise it is returned as is -> tensor-valued if whose branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastWithAlarm(nn.Cell):
    def __init__(self, threshold=300.0, growth=1.05, days=5):
        super().__init__()
        self.threshold = threshold
        self.growth = growth
        self.days = days

    def forecast(self, last):
        rows = [last * self.growth ** (d + 1) for d in range(self.days)]
        return ops.stack(rows)

    def construct(self, cases):
        fc = self.forecast(cases[-1])
        if cases[-1].sum() > self.threshold:
            alarm = ops.ones((1, cases.shape[1]), cases.dtype)
            fc = ops.concat((fc, alarm), axis=0)
        return fc


def make():
    np.random.seed(26)
    cases = np.random.poisson(60, size=(8, 6)).astype(np.float32)
    return ForecastWithAlarm(), (Tensor(cases),)
