# case: reporting delay applied as a fixed lower-triangular delay-distribution matrix built in __init__ from a gamma-shaped kernel -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def delay_matrix(days, mean_delay, max_delay):
    k = np.arange(max_delay + 1, dtype=np.float64)
    w = k ** (mean_delay - 1.0) * np.exp(-k)
    w = w / w.sum()
    mat = np.zeros((days, days), dtype=np.float32)
    for t in range(days):
        for j in range(max_delay + 1):
            if t - j >= 0:
                mat[t, t - j] = w[j]
    return mat


class ConvolvedReporting(nn.Cell):
    def __init__(self, days=20, mean_delay=4.0, max_delay=8):
        super().__init__()
        self.delay = Tensor(delay_matrix(days, mean_delay, max_delay))
        self.logit_asc = Parameter(Tensor(0.3, ms.float32), name="logit_asc")

    def construct(self, infections):
        reported = ops.matmul(self.delay, infections)
        return reported * ops.sigmoid(self.logit_asc)


def make():
    np.random.seed(9)
    infections = np.random.gamma(3.0, 10.0, size=(20, 4)).astype(np.float32)
    return ConvolvedReporting(), (Tensor(infections),)
