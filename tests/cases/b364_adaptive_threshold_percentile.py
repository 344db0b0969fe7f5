# case: segmentation head picks an adaptive pixel threshold with np.percentile over amap.asnumpy() (adaptive flag on by default) before binarising -> NumPy on tensor data in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdConfig:
    def __init__(self, adaptive=True, percentile=95.0, manual_threshold=0.5):
        self.adaptive = adaptive
        self.percentile = percentile
        self.manual_threshold = manual_threshold


class ThresholdMixin:
    def _threshold(self, amap):
        if self.adaptive:
            value = np.percentile(amap.asnumpy(), self.percentile)
            return Tensor(value, ms.float32)
        return Tensor(self.manual_threshold, ms.float32)


class SegmentationHead(nn.Cell, ThresholdMixin):
    def __init__(self, config: ThresholdConfig = None, out_size=(16, 16)):
        super().__init__()
        config = config or ThresholdConfig()
        self.adaptive = config.adaptive
        self.percentile = config.percentile
        self.manual_threshold = config.manual_threshold
        self.out_size = out_size

    def construct(self, patch_scores):
        amap = ops.interpolate(patch_scores, size=self.out_size, mode="bilinear", align_corners=False)
        thr = self._threshold(amap)
        pred_mask = (amap >= thr).astype(ms.float32)
        return amap, pred_mask


def make():
    np.random.seed(3672)
    net = SegmentationHead()
    scores = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    return net, (scores,)
