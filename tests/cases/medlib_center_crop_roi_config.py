# case: CenterSpatialCrop / DivisiblePad pair inside a preprocessing Cell, with roi_size from the config and offsets computed from image.shape -> shape-only arithmetic, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreprocConfig:
    roi_size = (6, 6, -1)
    k_divisible = 4
    pad_value = 0.0


def _fall_back_roi(roi, shape):
    return tuple(s if r is None or r <= 0 else min(r, s) for r, s in zip(roi, shape))


class CenterSpatialCrop(nn.Cell):
    def __init__(self, roi_size):
        super().__init__()
        self.roi_size = roi_size

    def construct(self, img):
        spatial = img.shape[1:]
        roi = _fall_back_roi(self.roi_size, spatial)
        starts = [(s - r) // 2 for s, r in zip(spatial, roi)]
        return img[:, starts[0]:starts[0] + roi[0], starts[1]:starts[1] + roi[1], starts[2]:starts[2] + roi[2]]


class DivisiblePad(nn.Cell):
    def __init__(self, k, value=0.0):
        super().__init__()
        self.k = k
        self.value = value

    def construct(self, img):
        pads = ()
        for s in reversed(img.shape[1:]):
            extra = (self.k - s % self.k) % self.k
            pads = pads + (extra // 2, extra - extra // 2)
        return ops.pad(img, pads, value=self.value)


class Preprocess(nn.Cell):
    def __init__(self, config=PreprocConfig):
        super().__init__()
        self.crop = CenterSpatialCrop(config.roi_size)
        self.pad = DivisiblePad(config.k_divisible, config.pad_value)

    def construct(self, image, label=None):
        image = self.pad(self.crop(image))
        if label is None:
            return image
        return image, self.pad(self.crop(label))


def make():
    np.random.seed(11)
    image = Tensor(np.random.randn(1, 9, 10, 7).astype(np.float32))
    label = Tensor((np.random.rand(1, 9, 10, 7) > 0.5).astype(np.float32))
    return Preprocess(), (image, label)
