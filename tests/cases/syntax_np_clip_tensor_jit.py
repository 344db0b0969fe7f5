# case: np.clip applied to a tensor inside a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def clip(x):
    return np.clip(x, 0.0, 1.0)


def make():
    return clip, (Tensor(np.array([-1.0, 0.5, 2.0], np.float32)),)
