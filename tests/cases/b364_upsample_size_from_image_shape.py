# case: anomaly-map generator resizes patch scores to the input image's spatial shape read from images.shape[-2:] -> shape-only size, static
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MapConfig:
    def __init__(self, default_size=(32, 32), sigma=None):
        self.default_size = default_size
        self.sigma = sigma


class AnomalyMapGenerator(nn.Cell):
    def __init__(self, config: MapConfig):
        super().__init__()
        self.default_size = config.default_size
        self.blur = config.sigma is not None

    def _target_size(self, images: Optional[Tensor]):
        if images is None:
            return self.default_size
        return (int(images.shape[-2]), int(images.shape[-1]))

    def construct(self, patch_scores, images=None):
        size = self._target_size(images)
        amap = ops.interpolate(patch_scores, size=size, mode="bilinear", align_corners=False)
        if self.blur:
            amap = ops.avg_pool2d(amap, 3, 1, 1)
        return amap


def make():
    np.random.seed(3669)
    net = AnomalyMapGenerator(MapConfig())
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    images = Tensor(np.random.rand(2, 3, 40, 48).astype(np.float32))
    return net, (scores, images)
