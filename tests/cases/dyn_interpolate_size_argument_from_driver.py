# case: a training Cell resizes to sizes its driver script passes as Python tuples
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrainStep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 2, 1)

    def construct(self, images, src_size, tgt_size):
        feat = self.conv(images)
        up = ops.interpolate(feat, size=src_size, mode="bilinear")
        down = ops.interpolate(up, size=tgt_size, mode="bilinear")
        return down.mean()


def _inputs():
    # what train.py passes, from its config: tuples of Python ints
    return Tensor(np.ones((1, 3, 8, 8), np.float32)), (12, 16), (6, 8)


def make():
    return TrainStep(), _inputs()
