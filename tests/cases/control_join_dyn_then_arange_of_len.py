# case: a tensor `if` crops the sequence axis, then the cropped length sizes an arange -> dynamic at the if and at the arange
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Crop(nn.Cell):
    def __init__(self, keep=3):
        super().__init__()
        self.keep = keep

    def construct(self, x, lengths):
        if lengths.max() > self.keep:
            x = x[:, : self.keep]
        steps = x.shape[1]
        pos = ops.arange(steps)
        return x + pos.astype(x.dtype).expand_dims(0)


def make():
    x = Tensor(np.ones((2, 5), np.float32))
    return Crop(), (x, Tensor(np.array([5, 2], np.int32)))
