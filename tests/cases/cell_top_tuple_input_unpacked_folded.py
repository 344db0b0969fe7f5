# case: a tuple of Tensors handed to the top-level Cell and unpacked (`ids, mask = inputs`) is folded like a list: Tensor() of a NumPy result of its items is built while compiling
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, inputs):
        ids, mask = inputs
        keep = Tensor(np.array(mask) > 0, ms.float32)
        return ids.astype(ms.float32) * keep


def make():
    ids = Tensor(np.array([[3, 4, 1], [5, 2, 7]], np.int32))
    mask = Tensor(np.array([[1, 1, 0], [1, 0, 0]], np.int32))
    return Net(), ((ids, mask),)
