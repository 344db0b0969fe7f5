# case: @ms.jit function using a 0-d Tensor argument as a zeros() size; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def pad_rows(x, extra):
    pad = ops.zeros((extra, x.shape[1]), x.dtype)
    return ops.concat((x, pad), axis=0)


def make():
    return pad_rows, (Tensor(np.ones((2, 3), np.float32)), Tensor(2, ms.int32))
