# case: an empty dict filled in an unrolled loop over constant string names, asking `name in totals` before each store -> static (every key is a constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NamedTotals(nn.Cell):
    def __init__(self):
        super().__init__()
        self.names = ("road", "rail", "road", "air")

    def construct(self, volumes):
        totals = {}
        for i in range(4):
            name = self.names[i]
            if name in totals:
                totals[name] = totals[name] + volumes[i]
            else:
                totals[name] = volumes[i]
        return totals["road"] + totals["rail"] + totals["air"]


def make():
    np.random.seed(2)
    return NamedTotals(), (Tensor(np.random.rand(4).astype(np.float32)),)
