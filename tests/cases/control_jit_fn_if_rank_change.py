# case: a jit function whose tensor condition leaves values of different ranks (hazard)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def pick(x):
    if x.sum() > 0:
        y = x[0]
    else:
        y = x
    return y


def make():
    return pick, (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
