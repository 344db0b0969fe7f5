# case: Tensor.argwhere method in a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def where_pos(x):
    return (x > 0).argwhere()


def make():
    return where_pos, (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)
