# case: print an f-string alert message containing the flux ratio tensor inside construct -> f-string/print of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlareMonitor(nn.Cell):
    def __init__(self, ratio_limit=2.0, verbose=True):
        super().__init__()
        self.ratio_limit = ratio_limit
        self.verbose = verbose

    def construct(self, quiescent, current):
        ratio = current.max() / quiescent.mean()
        flare = ratio > self.ratio_limit
        if self.verbose:
            print(f"flare ratio = {ratio}, alert = {flare}")
        return ratio, flare


def make():
    np.random.seed(10)
    q = np.random.uniform(9.0, 11.0, 20).astype(np.float32)
    c = np.random.uniform(9.0, 11.0, 20).astype(np.float32)
    c[14] = 35.0
    return FlareMonitor(), (Tensor(q), Tensor(c))
