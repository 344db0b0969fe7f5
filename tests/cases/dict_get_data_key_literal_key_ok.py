import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRIORS = {0: 0.5, 1: 0.25, 2: 0.25}


class Scorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.priors = {0: 0.5, 1: 0.25, 2: 0.25}

    def construct(self, x):
        code = int(x.argmax())
        w = self.priors.get(2, 0.1)
        return x * w


def make():
    np.random.seed(0)
    return Scorer(), (Tensor(np.random.rand(3).astype(np.float32)),)
