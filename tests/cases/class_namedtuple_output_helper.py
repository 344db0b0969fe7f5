# case: detection head returns a namedtuple of tensors built in a module-level helper
import collections
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DetOut = collections.namedtuple("DetOut", ["cls", "box"])


def pack(cls_logits, box_reg):
    return DetOut(cls_logits, box_reg)


class DetHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cls = nn.Conv2d(4, 3, 1)
        self.box = nn.Conv2d(4, 4, 1)

    def construct(self, feat):
        out = pack(self.cls(feat), self.box(feat))
        return out.cls.sum() + out.box.sum()


def make():
    return DetHead(), (Tensor(np.random.rand(1, 4, 5, 5).astype(np.float32)),)
