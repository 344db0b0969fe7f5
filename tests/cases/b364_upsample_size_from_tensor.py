# case: anomaly-map generator resizes to the original image resolution passed in as an int tensor (from the dataloader's meta) via int() -> interpolate size from tensor values, expect error/dynamic
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

    def _target_size(self, original_size: Optional[Tensor]):
        if original_size is None:
            return self.default_size
        return (int(original_size[0]), int(original_size[1]))

    def construct(self, patch_scores, original_size=None):
        size = self._target_size(original_size)
        amap = ops.interpolate(patch_scores, size=size, mode="bilinear", align_corners=False)
        if self.blur:
            amap = ops.avg_pool2d(amap, 3, 1, 1)
        return amap


def make():
    np.random.seed(3668)
    net = AnomalyMapGenerator(MapConfig())
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    hw = Tensor(np.array([40, 48], dtype=np.int32))
    return net, (scores, hw)
