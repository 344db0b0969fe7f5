# case: per-class area in hectares of a land-cover map via bincount of predicted labels -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandCoverAreaReport(nn.Cell):
    def __init__(self, in_ch=8, num_classes=5, pixel_size_m=10.0):
        super().__init__()
        self.head = nn.Conv2d(in_ch, num_classes, 1, has_bias=True)
        self.pixel_area_ha = pixel_size_m * pixel_size_m / 10000.0

    def predict(self, feats):
        logits = self.head(feats)
        return ops.argmax(logits, dim=1)

    def construct(self, feats):
        labels = self.predict(feats).reshape(-1).astype(ms.int32)
        counts = ops.bincount(labels)
        area_ha = counts.astype(ms.float32) * self.pixel_area_ha
        share = area_ha / area_ha.sum()
        return area_ha, share


def make():
    np.random.seed(4)
    ms.set_seed(4)
    feats = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    return LandCoverAreaReport(), (feats,)
