# case: detection head crops a feature map with integer box coordinates read from a box tensor; expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoiCrop(nn.Cell):
    def __init__(self, stride=4):
        super().__init__()
        self.stride = stride
        self.head = nn.Conv2d(4, 2, 1)

    def construct(self, feat, box):
        b = (box // self.stride).astype(ms.int32)
        y0, x0, y1, x1 = b[0], b[1], b[2], b[3]
        crop = feat[:, :, y0:y1, x0:x1]
        out = self.head(crop)
        return out.mean(axis=(2, 3))


def make():
    feat = Tensor(np.random.RandomState(2).randn(1, 4, 16, 16).astype(np.float32))
    box = Tensor(np.array([8, 4, 40, 36], np.float32))
    return RoiCrop(), (feat, box)
