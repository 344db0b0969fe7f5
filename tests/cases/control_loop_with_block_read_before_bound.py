# case: a name bound only on the first pass inside a `with` block in a loop body and read on later
# passes (hazard: the read on a path that has not bound it)
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
        for i in range(3):
            with Scope():
                if i == 0:
                    out = x
                else:
                    out = out + x
        return x * 2


def make():
    return Trunk(), (Tensor(np.ones(4, np.float32)),)
