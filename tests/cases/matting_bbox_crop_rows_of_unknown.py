# case: finds first/last rows that contain unknown trimap pixels with argmax and crops the image between them -> slice bounds from tensor values, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnknownStripRefiner(nn.Cell):
    def __init__(self, in_ch=4, mid_ch=8):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, mid_ch, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(mid_ch, 1, 3, pad_mode="same")
        self.relu = nn.ReLU()

    def row_range(self, trimap):
        unknown = ops.logical_and(trimap > 0.05, trimap < 0.95)
        rows = (unknown.astype(ms.float32).sum(axis=(0, 1, 3)) > 0).astype(ms.int32)
        h = rows.shape[0]
        top = ops.argmax(rows)
        bottom = h - ops.argmax(ops.flip(rows, (0,)))
        return top, bottom

    def construct(self, image, alpha, trimap):
        top, bottom = self.row_range(trimap)
        x = ops.concat((image, alpha), 1)
        strip = x[:, :, top:bottom, :]
        residual = self.conv2(self.relu(self.conv1(strip)))
        return ops.clamp(strip[:, 3:4] + residual, 0.0, 1.0)


def make():
    np.random.seed(2)
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    alpha = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    tri = np.zeros((1, 1, 16, 16), np.float32)
    tri[:, :, 8:, :] = 1.0
    tri[:, :, 5:11, 2:14] = 0.5
    return UnknownStripRefiner(), (image, alpha, Tensor(tri))
