# case: @ms.jit for loop over range(x.shape[0]) accumulating rows (near miss)
import numpy as np
import mindspore as ms


@ms.jit
def rowsum(x):
    acc = x[0] * 0
    for i in range(x.shape[0]):
        acc = acc + x[i]
    return acc


def make():
    return rowsum, (ms.Tensor(np.ones((3, 2), np.float32)),)
