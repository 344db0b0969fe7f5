# case: @ms.jit function reading x[mask] with a bool mask argument
import numpy as np
import mindspore as ms


@ms.jit
def pick(x, mask):
    return x[mask] + 1


def make():
    return pick, (ms.Tensor(np.arange(6, dtype=np.float32)), ms.Tensor(np.array([1, 1, 0, 0, 1, 0], np.bool_)))
