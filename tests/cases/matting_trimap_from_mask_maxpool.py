# case: generates a trimap from a binary segmentation mask by dilation and erosion with max_pool2d of a constructor kernel size -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimapGenerator(nn.Cell):
    def __init__(self, kernel=5):
        super().__init__()
        self.kernel = kernel
        self.pad = kernel // 2

    def dilate(self, m):
        return ops.max_pool2d(ops.pad(m, (self.pad, self.pad, self.pad, self.pad)), self.kernel, 1)

    def erode(self, m):
        return 1.0 - self.dilate(1.0 - m)

    def construct(self, seg_mask):
        fg = self.erode(seg_mask)
        region = self.dilate(seg_mask)
        unknown = region - fg
        return fg * 1.0 + unknown * 0.5


def make():
    np.random.seed(36)
    m = np.zeros((1, 1, 16, 16), np.float32)
    m[:, :, 4:12, 5:11] = 1.0
    return TrimapGenerator(), (Tensor(m),)
