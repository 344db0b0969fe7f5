# case: `with` on a plain context-manager object inside @ms.jit
import numpy as np
import mindspore as ms
from mindspore import Tensor


class Scope:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@ms.jit
def run(x):
    with Scope():
        y = x * 2
    return y


def make():
    return run, (Tensor(np.ones(3, np.float32)),)
