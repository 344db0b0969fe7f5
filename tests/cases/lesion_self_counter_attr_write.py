# case: counts processed batches by writing a python int attribute on self inside construct -> graph mode error or ignored side effect
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunningLesionFraction(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n_batches = 0
        self.total_fraction = 0.0

    def construct(self, mask):
        frac = mask.astype(ms.float32).mean()
        self.n_batches += 1
        self.total_fraction = self.total_fraction + frac
        return self.total_fraction / self.n_batches


def make():
    np.random.seed(11)
    m = (np.random.rand(2, 1, 8, 8) > 0.8).astype(np.float32)
    return RunningLesionFraction(), (Tensor(m),)
