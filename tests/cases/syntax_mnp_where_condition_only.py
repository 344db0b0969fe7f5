# case: `mindspore.numpy.where(cond)` with the condition alone is refused in graph mode
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, Tensor


class Net(nn.Cell):
    def construct(self, scores):
        keep = mnp.where(scores > 0.5)
        return keep


def make():
    return Net(), (Tensor(np.array([0.1, 0.7, 0.9], np.float32)),)
