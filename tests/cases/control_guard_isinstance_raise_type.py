# case: `if not isinstance(x, Tensor): raise TypeError(... type(x) ...)` on a Tensor input: dead raise
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RReLU(nn.Cell):
    def construct(self, x):
        if not isinstance(x, Tensor):
            raise TypeError(f"For 'rrelu', the input must be a Tensor, but got {type(x)}.")
        return ops.maximum(x, x * 0.1)


def make():
    return RReLU(), (Tensor(np.random.randn(3, 3).astype(np.float32)),)
