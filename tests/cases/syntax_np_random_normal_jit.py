# case: np.random.normal noise added inside @ms.jit (frozen at compile time)
import numpy as np
import mindspore as ms
from mindspore import Tensor


@ms.jit
def noisy(x):
    return x + np.random.normal(0.0, 1.0)


def make():
    return noisy, (Tensor(np.ones(3, np.float32)),)
