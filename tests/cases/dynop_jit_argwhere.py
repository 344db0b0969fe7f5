# case: @ms.jit function calling ms.ops.argwhere
import numpy as np
import mindspore as ms


@ms.jit
def locate(x):
    return ms.ops.argwhere(x > 1)


def make():
    return locate, (ms.Tensor(np.array([0, 2, 3, 1], np.float32)),)
