# case: print a formatted f-string with the tensor loss ratio during construct for monitoring -> f-string of tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossRatioMonitor(nn.Cell):
    def __init__(self, line_of_business="motor", verbose=True):
        super().__init__()
        self.lob = line_of_business
        self.verbose = verbose

    def construct(self, incurred, earned):
        lr = incurred.sum() / earned.sum()
        if self.verbose:
            print(f"[{self.lob}] loss ratio = {lr}")
        return lr, incurred / earned


def make():
    np.random.seed(17)
    inc = Tensor(np.random.gamma(2.0, 500.0, size=(9,)).astype(np.float32))
    ear = Tensor(np.random.uniform(1000, 1500, size=(9,)).astype(np.float32))
    return LossRatioMonitor(), (inc, ear)
