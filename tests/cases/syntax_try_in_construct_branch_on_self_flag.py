# case: construct holds a try under `if self.strict:` with strict=False: the parser folds the Cell attribute before it reads the branch, so the try is never seen, static
import numpy as np
from mindspore import nn, Tensor


class Guarded(nn.Cell):
    def __init__(self, strict=False):
        super().__init__()
        self.strict = strict

    def construct(self, x):
        if self.strict:
            try:
                x = x * 2.0
            except ValueError:
                x = x * 3.0
        return x + 1.0


def make():
    np.random.seed(0)
    return Guarded(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
