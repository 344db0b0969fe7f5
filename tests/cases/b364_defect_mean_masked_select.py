# case: image score mode "defect_mean" averages only the pixels above the pixel threshold, gathered with ops.masked_select -> masked_select output size depends on data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORE_MODES = ("max", "mean", "defect_mean")


class ScoringConfig:
    def __init__(self, score_mode="defect_mean", pixel_threshold=0.5):
        assert score_mode in SCORE_MODES
        self.score_mode = score_mode
        self.pixel_threshold = pixel_threshold


class ImageScorer(nn.Cell):
    def __init__(self, config=ScoringConfig()):
        super().__init__()
        self.score_mode = config.score_mode
        self.pixel_threshold = config.pixel_threshold

    def _reduce(self, amap):
        if self.score_mode == "max":
            return amap.max()
        if self.score_mode == "mean":
            return amap.mean()
        defects = ops.masked_select(amap, amap > self.pixel_threshold)
        return ops.concat((defects, amap.max().reshape(1))).mean()

    def construct(self, anomaly_map):
        amap = ops.sigmoid(anomaly_map)
        return self._reduce(amap), amap


def make():
    np.random.seed(3666)
    net = ImageScorer()
    amap = Tensor(np.random.randn(1, 1, 16, 16).astype(np.float32))
    return net, (amap,)
