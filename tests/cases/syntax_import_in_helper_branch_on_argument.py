# case: a helper the Cell calls with verbose=False imports a module only in its `if verbose:` branch: the parser reads the helper's whole body before the argument is known
import numpy as np
from mindspore import nn, ops, Tensor


def scaled(x, verbose):
    if verbose:
        import logging
        logging.info("scaling")
    return x * 0.5


class Scale(nn.Cell):
    def construct(self, x):
        return scaled(x, False) + 1.0


def make():
    np.random.seed(0)
    return Scale(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
