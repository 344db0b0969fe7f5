# case: construct holds a try under `if DEBUG:` with the module constant DEBUG = False: module constants are folded after parsing, so the try is refused
import numpy as np
from mindspore import nn, Tensor

DEBUG = False


class Guarded(nn.Cell):
    def construct(self, x):
        if DEBUG:
            try:
                x = x * 2.0
            except ValueError:
                x = x * 3.0
        return x + 1.0


def make():
    np.random.seed(0)
    return Guarded(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
