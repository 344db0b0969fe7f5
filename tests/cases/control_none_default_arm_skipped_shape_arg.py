# case: a helper's `max_length=None` arm takes the end from `length.max()`, but the caller passes `x.shape[2]`, a shape int that is never None: the arm is dead and arange gets a constant end
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
        mask = sequence_mask(x_lengths, x.shape[2])
        return x * mask.unsqueeze(1).astype(x.dtype)


def _inputs():
    return (Tensor(np.ones((2, 3, 5), np.float32)), Tensor(np.array([3, 5], np.int32)))


def make():
    return Net(), _inputs()
