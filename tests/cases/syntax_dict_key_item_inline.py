# case: a dict keyed by an item of a constant Tensor attribute, indexed in the store -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Table(nn.Cell):
    def __init__(self):
        super().__init__()
        self.thresholds = Tensor(np.array([0.1, 1.0, 5.0, 10.0], np.float32))
        self.levels = (0.1, 1.0, 5.0, 10.0)

    def construct(self, rain):
        table = {}
        for i in range(4):
            table[self.thresholds[i]] = (rain >= self.thresholds[i]).astype(ms.float32).sum()
        return table


def make():
    np.random.seed(13)
    rain = Tensor(np.random.exponential(3.0, (10, 10)).astype(np.float32))
    return Table(), (rain,)
