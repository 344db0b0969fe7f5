# case: @ms.jit function returns a plain Python object wrapping the result
import numpy as np
import mindspore as ms
from mindspore import Tensor


class Result:
    def __init__(self, out):
        self.out = out


@ms.jit
def forward(x):
    return Result(x + 1)


def make():
    return forward, (Tensor(np.ones(3, np.float32)),)
