# case: slice stores into a fixed-size canvas at bounds computed from int() of tensor data -> ?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Paste(nn.Cell):
    def __init__(self, patch=4):
        super().__init__()
        self.patch = patch

    def construct(self, patches, overlap):
        step = self.patch - int(overlap)
        canvas = ops.zeros((3, self.patch, 16), ms.float32)
        for i in range(patches.shape[0]):
            x0 = i * step
            canvas[:, :, x0:x0 + self.patch] += patches[i]
        return canvas


def make():
    return Paste(), (Tensor(np.ones((3, 3, 4, 4), np.float32)), Tensor(1, ms.int32))
