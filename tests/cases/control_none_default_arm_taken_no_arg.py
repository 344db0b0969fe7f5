# case: the same helper called without `max_length`: the None arm is live, arange's end is `length.max()` (tensor data), so its output length is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sequence_mask(length, max_length=None):
    if max_length is None:
        max_length = length.max()
    x = ops.arange(max_length, dtype=length.dtype)
    return x.unsqueeze(0) < length.unsqueeze(1)


class Net(nn.Cell):
    def construct(self, x, x_lengths):
        mask = sequence_mask(x_lengths)
        return mask.astype(x.dtype).sum()


def _inputs():
    return (Tensor(np.ones((2, 3, 5), np.float32)), Tensor(np.array([3, 5], np.int32)))


def make():
    return Net(), _inputs()
