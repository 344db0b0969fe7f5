# case: garment crop box found from argwhere of the cloth mask and used to slice the image -> slice bounds from tensor values, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GarmentCropper(nn.Cell):
    def __init__(self, margin=1):
        super().__init__()
        self.margin = margin

    def bbox(self, mask):
        pts = ops.argwhere(mask > 0.5)
        y0 = pts[:, 0].min()
        y1 = pts[:, 0].max() + 1
        x0 = pts[:, 1].min()
        x1 = pts[:, 1].max() + 1
        return y0, y1, x0, x1

    def construct(self, image, mask):
        y0, y1, x0, x1 = self.bbox(mask)
        return image[:, y0:y1, x0:x1]


def make():
    np.random.seed(19)
    img = Tensor(np.random.rand(3, 16, 16).astype(np.float32))
    m = np.zeros((16, 16), np.float32)
    m[3:11, 5:12] = 1.0
    return GarmentCropper(), (img, Tensor(m))
