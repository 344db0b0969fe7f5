# case: a subclass of MindSpore's _no_grad without @jit_class used as a context manager in construct (hazard)
import numpy as np
import mindspore as ms
from mindspore import _no_grad, jit_class, nn, Tensor


class no_grad(_no_grad):
    def __init__(self):
        super().__init__()
        self._pynative = ms.get_context("mode") == ms.PYNATIVE_MODE

    def __enter__(self):
        if self._pynative:
            super().__enter__()

    def __exit__(self, *args):
        if self._pynative:
            super().__exit__(*args)


class Rotary(nn.Cell):
    def construct(self, x):
        with no_grad():
            y = x.cos() * 2
        return y


def make():
    return Rotary(), (Tensor(np.ones((2, 4), np.float32)),)
