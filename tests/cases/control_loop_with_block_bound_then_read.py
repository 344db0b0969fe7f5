# case: a name bound and then read inside a `with` block in a loop body (near miss: the `with` body
# always runs, nothing is read before it is bound)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.jit_class
class Scope:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Trunk(nn.Cell):
    def construct(self, x):
        total = x
        for _ in range(3):
            with Scope():
                step = total + 1
                total = step * 2
        return total


def make():
    return Trunk(), (Tensor(np.ones(4, np.float32)),)
