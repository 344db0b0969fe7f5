# case: CSRTensor times a broadcast dense row, values read (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, CSRTensor


class RowScale(nn.Cell):
    def construct(self, ptr, col, val, w):
        s = CSRTensor(ptr, col, val, (2, 3))
        return (s * w).values


def make():
    return RowScale(), (Tensor(np.array([0, 1, 2], np.int32)), Tensor(np.array([0, 2], np.int32)),
                        Tensor(np.array([1.0, 4.0], np.float32)), Tensor(np.array([[2.0, 3.0, 4.0]], np.float32)))
