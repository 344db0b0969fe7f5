# case: averages only the anomaly-map pixels above a threshold via masked_select -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectIntensity(nn.Cell):
    """Mean anomaly score inside the predicted defect region."""

    def __init__(self, threshold=0.6, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def region_stats(self, amap):
        mask = amap > self.threshold
        pixels = ops.masked_select(amap, mask)
        total = pixels.sum()
        count = pixels.shape[0] + self.eps
        return total / count

    def construct(self, anomaly_map):
        amap = self.smooth(anomaly_map)
        return self.region_stats(amap)


def make():
    np.random.seed(1)
    amap = np.random.rand(2, 1, 16, 16).astype(np.float32)
    return DefectIntensity(), (Tensor(amap),)
