# case: CropForeground transform Cell finds the label bounding box with ops.nonzero and crops the image to it plus a margin -> crop bounds come from tensor values, expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_MARGIN = 1


class CropConfig:
    def __init__(self, margin=DEFAULT_MARGIN, select_fn="positive", allow_smaller=True):
        self.margin = margin
        self.select_fn = select_fn
        self.allow_smaller = allow_smaller


def generate_spatial_bbox(mask, margin):
    coords = ops.nonzero(mask)
    lo = ops.maximum(coords.min(axis=0) - margin, Tensor(0, coords.dtype))
    hi = coords.max(axis=0) + 1 + margin
    return lo, hi


class CropForeground(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else CropConfig()
        self.margin = config.margin
        self.select_fn = config.select_fn

    def _select(self, label):
        if self.select_fn == "positive":
            return label[0] > 0
        return label[0] != 0

    def construct(self, image, label):
        lo, hi = generate_spatial_bbox(self._select(label), self.margin)
        cropped_img = image[:, lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]]
        cropped_lab = label[:, lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]]
        return cropped_img, cropped_lab


def make():
    np.random.seed(10)
    image = Tensor(np.random.randn(1, 10, 10, 10).astype(np.float32))
    lab = np.zeros((1, 10, 10, 10), np.float32)
    lab[0, 3:6, 2:7, 4:8] = 1
    return CropForeground(), (image, Tensor(lab))
