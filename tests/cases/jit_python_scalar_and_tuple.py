# case: @ms.jit function taking a Python int, a tuple of ints and a list of floats; constants, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def tile_and_weight(x, reps, new_shape, weights):
    y = ops.tile(x, (reps, 1))
    y = y.reshape(new_shape)
    total = y * weights[0]
    for w in weights[1:]:
        total = total + y * w
    return total


def make():
    x = Tensor(np.ones((2, 4), np.float32))
    return tile_and_weight, (x, 3, (4, 6), [0.5, 0.25])
