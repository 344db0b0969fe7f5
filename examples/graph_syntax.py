"""Python that the static graph compiler rejects."""
import numpy as np
from mindspore import nn


class HostHabits(nn.Cell):
    def construct(self, x):
        try:  # expect: MSG501
            y = x / x.sum()
        except ZeroDivisionError:
            y = x
        host = x.asnumpy()  # expect: MSG504
        return y, np.sum(x)  # expect: MSG505
