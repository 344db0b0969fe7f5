# case: crops a CT volume to the bounding box of voxels above an HU threshold and z-normalises the crop -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def foreground_bbox(mask, margin):
    coords = ops.nonzero(mask)
    lo = coords.min(axis=0) - margin
    hi = coords.max(axis=0) + 1 + margin
    return ops.maximum(lo, 0), hi


class ForegroundCropper(nn.Cell):
    """Crop to body region before feeding a segmentation net."""

    def __init__(self, threshold=-500.0, margin=1, eps=1e-5):
        super().__init__()
        self.threshold = threshold
        self.margin = margin
        self.eps = eps

    def construct(self, volume):
        # volume: (D, H, W) in Hounsfield units
        mask = volume > self.threshold
        lo, hi = foreground_bbox(mask, self.margin)
        crop = volume[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]]
        mean = crop.mean()
        std = ops.sqrt(((crop - mean) ** 2).mean()) + self.eps
        return (crop - mean) / std


def make():
    np.random.seed(0)
    vol = np.full((10, 12, 12), -1000.0, dtype=np.float32)
    vol[2:8, 3:10, 2:9] = np.random.randn(6, 7, 7).astype(np.float32) * 50 + 40
    return ForegroundCropper(), (Tensor(vol),)
