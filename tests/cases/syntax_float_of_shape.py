# case: float(x.shape[0]) used as a normaliser (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Mean(nn.Cell):
    def construct(self, x):
        return x.sum() / float(x.shape[0])


def make():
    return Mean(), (Tensor(np.ones(4, np.float32)),)
