# case: @ms.jit function slicing with a plain Python int argument (near miss)
import numpy as np
import mindspore as ms


@ms.jit
def head(x, k):
    return x[:k]


def make():
    return head, (ms.Tensor(np.arange(10, dtype=np.float32)), 4)
