# case: a subclass of nn.Dense writes rows of its inherited weight in construct (near miss: an in-place Parameter update)
import numpy as np
from mindspore import nn, Tensor


class FaultyDense(nn.Dense):
    def construct(self, x):
        self.weight[0:2, :] = 1000
        return super().construct(x)


def make():
    return FaultyDense(4, 3), (Tensor(np.ones((2, 4), np.float32)),)
