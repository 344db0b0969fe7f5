# case: builds a plain Python RegionProps object from tensors inside construct and returns its fields -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionProps:
    """Simple container mirroring skimage.measure.regionprops fields."""

    def __init__(self, area, mean_intensity, centroid):
        self.area = area
        self.mean_intensity = mean_intensity
        self.centroid = centroid


class MeasureNucleus(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def _props(self, img, mask):
        h, w = img.shape
        ys = ops.arange(h).astype(ms.float32).reshape(h, 1)
        xs = ops.arange(w).astype(ms.float32).reshape(1, w)
        area = mask.sum()
        mean_int = (img * mask).sum() / area
        cy = (ys * mask).sum() / area
        cx = (xs * mask).sum() / area
        return RegionProps(area, mean_int, (cy, cx))

    def construct(self, img):
        mask = (img > self.threshold).astype(ms.float32)
        props = self._props(img, mask)
        return props.area, props.mean_intensity, props.centroid[0], props.centroid[1]


def make():
    np.random.seed(4)
    img = np.random.rand(20, 20).astype(np.float32) * 0.3
    img[5:12, 7:15] = 0.9
    return MeasureNucleus(), (Tensor(img),)
