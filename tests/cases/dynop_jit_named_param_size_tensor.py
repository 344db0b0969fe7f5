# case: a @jit function whose named parameter, passed a 0-d Tensor, sizes a zeros buffer (hazard: the
# boundary of the *inputs near miss; a named parameter stays tensor data)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def buffer(x, rows):
    pad = ops.zeros((rows, x.shape[1]), ms.float32)
    return ops.concat((x, pad))


def make():
    inputs = [Tensor(np.ones((2, 3), np.float32)), Tensor(4, ms.int32)]
    return buffer, tuple(inputs)
