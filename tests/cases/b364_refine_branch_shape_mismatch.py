# case: detector returns the full-resolution smoothed map when the batch looks anomalous and the coarse patch map otherwise, decided by a tensor comparison -> if on tensor value with different output shapes, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    image_size = (32, 32)
    image_threshold = 0.8
    smooth_kernel = 3


class GaussianLikeSmoother(nn.AvgPool2d):
    def __init__(self, kernel_size):
        super().__init__(kernel_size=kernel_size, stride=1, pad_mode="same")


class LazyRefineDetector(nn.Cell):
    def __init__(self, config=DetectorConfig()):
        super().__init__()
        self.image_size = config.image_size
        self.image_threshold = config.image_threshold
        self.smooth = GaussianLikeSmoother(config.smooth_kernel)

    def _full_resolution(self, amap):
        amap = ops.interpolate(amap, size=self.image_size, mode="bilinear", align_corners=False)
        return self.smooth(amap)

    def construct(self, patch_scores):
        if patch_scores.max() > self.image_threshold:
            amap = self._full_resolution(patch_scores)
        else:
            amap = patch_scores
        return amap


def make():
    np.random.seed(3670)
    net = LazyRefineDetector()
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    return net, (scores,)
