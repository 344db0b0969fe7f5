# case: open() of a constant path in construct, the handle unused after (hazard at STRICT?)
import os
import tempfile
import numpy as np
from mindspore import nn, Tensor

LOG = os.path.join(tempfile.gettempdir(), "msgl_open_case.log")


class Loss(nn.Cell):
    def construct(self, x):
        logfile = open(LOG, "w")
        return x.sum()


def make():
    return Loss(), (Tensor(np.ones((2, 3), np.float32)),)
