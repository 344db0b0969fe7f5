# case: medical preprocessing Cell crops a CT volume to the foreground bounding box computed from the mask with argwhere -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropForeground(nn.Cell):
    """Crop image and label to the bounding box of label > 0 plus a margin."""

    def __init__(self, margin=1, select_label=0):
        super().__init__()
        self.margin = margin
        self.select_label = select_label

    def bbox(self, mask):
        coords = ops.argwhere(mask > self.select_label)
        lo = coords.min(axis=0)
        hi = coords.max(axis=0) + 1
        return lo, hi

    def construct(self, image, label):
        lo, hi = self.bbox(label[0])
        shape = Tensor(label.shape[1:], ms.int64)
        lo = ops.maximum(lo - self.margin, ops.zeros_like(lo))
        hi = ops.minimum(hi + self.margin, shape)
        z0, y0, x0 = lo[0], lo[1], lo[2]
        z1, y1, x1 = hi[0], hi[1], hi[2]
        img = image[:, z0:z1, y0:y1, x0:x1]
        lab = label[:, z0:z1, y0:y1, x0:x1]
        return img, lab


def make():
    np.random.seed(8)
    image = Tensor(np.random.randn(1, 10, 12, 12).astype(np.float32))
    label = np.zeros((1, 10, 12, 12), np.int32)
    label[0, 3:6, 4:9, 2:7] = 1
    return CropForeground(), (image, Tensor(label))
