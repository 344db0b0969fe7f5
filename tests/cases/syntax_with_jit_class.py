# case: with statement on a @ms.jit_class context manager
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


@ms.jit_class
class Ctx:
    def __enter__(self):
        return 2

    def __exit__(self, *exc):
        return False


class Net(nn.Cell):
    def construct(self, x, k):
        with Ctx() as s:
            y = x * s
        return y


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
