# case: del on a list element and list.reverse() inside construct; Delete statement unsupported, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkipFirst(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        parts = list(ops.split(x, 2, axis=1))
        del parts[0]
        parts.reverse()
        return ops.concat(parts, axis=1)


def make():
    return SkipFirst(), (Tensor(np.arange(16).reshape(2, 8).astype(np.float32)),)
