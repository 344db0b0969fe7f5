"""Python that the static graph compiler rejects."""
import numpy as np
import mindspore as ms
from mindspore import nn


class Guarded(nn.Cell):
    def construct(self, x):
        try:  # expect: MSG501
            y = x / x.sum()
        except ZeroDivisionError:
            y = x
        return y


class ToHost(nn.Cell):
    def construct(self, x):
        host = x.asnumpy()  # expect: MSG504
        return ms.Tensor(host) + 1  # expect[LAX]: MSG505


class NumpySum(nn.Cell):
    def construct(self, x):
        return np.sum(x)  # expect: MSG505


def _x():
    return ms.Tensor(np.ones((2, 3), np.float32))


def make_guarded():
    return Guarded(), (_x(),)


def make_to_host():
    return ToHost(), (_x(),)


def make_numpy_sum():
    return NumpySum(), (_x(),)
