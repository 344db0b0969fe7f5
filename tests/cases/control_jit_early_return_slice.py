# case: an @ms.jit function early-returns x[:2] when a tensor flag is set and x otherwise, so the two returns differ in first dimension and graph mode infers a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def maybe_truncate(x, flag):
    if flag > 0:
        return x[:2]
    y = ops.abs(x)
    return y


def make():
    x = Tensor(np.random.randn(5, 3).astype(np.float32))
    flag = Tensor(1, ms.int32)
    return maybe_truncate, (x, flag)
