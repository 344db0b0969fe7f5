# case: Tensor.tolist() used in a Python sum inside @ms.jit(fullgraph=True)
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit(fullgraph=True)
def total(x):
    return sum(x.tolist())


def make():
    return total, (Tensor(np.arange(4, dtype=np.float32)),)
