# case: trims leading and trailing near-empty axial slices in while loops whose condition reads voxel intensities -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BorderSliceTrimmer(nn.Cell):
    def __init__(self, threshold=0.05, min_depth=4, rescale=True):
        super().__init__()
        self.threshold = threshold
        self.min_depth = min_depth
        self.rescale = rescale

    def construct(self, volume):
        # volume: (D, H, W) intensities in [0, 1]
        while volume.shape[0] > self.min_depth and volume[0].max() < self.threshold:
            volume = volume[1:]
        while volume.shape[0] > self.min_depth and volume[-1].max() < self.threshold:
            volume = volume[:-1]
        if self.rescale:
            volume = volume * 2.0 - 1.0
        return volume


def make():
    np.random.seed(0)
    vol = np.zeros((10, 6, 6), dtype=np.float32)
    vol[2:7] = np.random.rand(5, 6, 6).astype(np.float32) * 0.5 + 0.3
    return BorderSliceTrimmer(), (Tensor(vol),)
