# case: a with statement on a @contextmanager generator fails at the with line (not a jit_class); the generator's own try/finally is never parsed
import contextlib
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@contextlib.contextmanager
def sink(flag):
    try:
        yield flag
    finally:
        pass


class Block(nn.Cell):
    def construct(self, x):
        with sink(True):
            y = x * 2
        return y


def make():
    return Block(), (Tensor(np.ones((2, 3), np.float32)),)
