# case: namedtuple config passed into __init__; construct reads fields by attribute name for slicing bounds and scale; constant tuple -> static at both levels
from collections import namedtuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CropCfg = namedtuple("CropCfg", ["top", "left", "size", "scale"])


class Cropper(nn.Cell):
    def __init__(self, cfg=CropCfg(1, 2, 4, 0.5)):
        super().__init__()
        self.cfg = cfg

    def construct(self, img):
        c = self.cfg
        patch = img[:, :, c.top:c.top + c.size, c.left:c.left + c.size]
        return patch * c.scale


def make():
    return Cropper(), (Tensor(np.ones((1, 3, 8, 8), np.float32)),)
