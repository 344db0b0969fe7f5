# case: anomaly-map generator wraps the bilinear upsampling in try/except and falls back to nearest-neighbour resize -> try statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MapConfig:
    output_size = (32, 32)
    mode = "bilinear"
    blur = False


class AnomalyMapGenerator(nn.Cell):
    def __init__(self, config=MapConfig):
        super().__init__()
        self.output_size = config.output_size
        self.mode = config.mode
        self.blur = config.blur

    def _resize(self, x):
        try:
            out = ops.interpolate(x, size=self.output_size, mode=self.mode, align_corners=False)
        except (TypeError, ValueError):
            out = ops.interpolate(x, size=self.output_size, mode="nearest")
        return out

    def construct(self, patch_scores):
        amap = self._resize(patch_scores)
        if self.blur:
            amap = ops.avg_pool2d(amap, 3, 1, 1)
        return amap


def make():
    np.random.seed(3663)
    net = AnomalyMapGenerator()
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    return net, (scores,)
