# case: np.random.uniform noise added in a jit function
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def noisy(x):
    return x + np.random.uniform(0.0, 1.0)


def make():
    return noisy, (Tensor(np.ones(3, np.float32)),)
