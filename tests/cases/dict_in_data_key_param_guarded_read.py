# case: int() of a 0-d Tensor argument tested with `in` against a dict the Cell keeps, then read under the test: the test folds to False while compiling, static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Prior(nn.Cell):
    def __init__(self):
        super().__init__()
        self.priors = {3: 0.2, 7: 0.5}

    def construct(self, x, n):
        key = int(n)
        if key in self.priors:
            return x * self.priors[key]
        return x


def make():
    return Prior(), (Tensor(np.random.rand(8).astype(np.float32)), Tensor(3, ms.int32))
