# case: compute the 95th percentile of power by converting to NumPy with .asnumpy() and np.percentile inside construct -> host NumPy call in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PowerPercentiles(nn.Cell):
    def __init__(self, q=95.0, ftp=250.0):
        super().__init__()
        self.q = q
        self.ftp = ftp

    def construct(self, watts):
        arr = watts.asnumpy()
        p95 = np.percentile(arr, self.q)
        rel = Tensor(p95, ms.float32) / self.ftp
        return rel, watts.mean()


def make():
    np.random.seed(131)
    watts = np.clip(np.random.normal(200, 70, 900), 0, 1000).astype(np.float32)
    return PowerPercentiles(), (Tensor(watts),)
