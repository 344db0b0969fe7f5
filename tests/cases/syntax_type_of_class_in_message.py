# case: type() of an imported class, formatted into an error message on a live path
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, strict=False):
        super().__init__()
        self.strict = strict

    def construct(self, x):
        msg = f"{type(nn.Dense)} is not supported"
        if x.shape[0] > 100:
            raise RuntimeError(msg)
        return x + 1


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
