# case: a @jit data generator taking its sizes through *inputs, called by host code with Python
# ints (near miss: graph mode folds the scalars, every size is static)
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import ops, Tensor


@ms.jit
def generate(*inputs):
    points, steps, span = inputs
    grid = mnp.linspace(0, span, points)[:, None]
    start = mnp.zeros((points // 2, 1))
    operator = mnp.eye(steps - 2)
    return mnp.tile(grid, (steps, 1)), start, operator


def make():
    # the sizes are built apart, as the package's host code sets them
    sizes = [8, 6, 1.0]
    return generate, tuple(sizes)
