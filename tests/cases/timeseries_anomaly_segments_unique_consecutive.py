# case: groups consecutive anomalous points into segments with unique_consecutive counts and returns segment lengths -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualScorer(nn.Cell):
    def __init__(self, kernel=5):
        super().__init__()
        self.smooth = nn.AvgPool1d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, x):
        baseline = self.smooth(x.expand_dims(0)).squeeze(0)
        return ops.abs(x - baseline)


class AnomalySegmenter(nn.Cell):
    def __init__(self, threshold=1.5, min_segment=1):
        super().__init__()
        self.scorer = ResidualScorer()
        self.threshold = threshold
        self.min_segment = min_segment

    def construct(self, x):
        flags = (self.scorer(x) > self.threshold).astype(ms.int32).reshape(-1)
        values, _, counts = ops.unique_consecutive(flags, return_inverse=True, return_counts=True)
        seg_is_anomaly = values > 0
        seg_long_enough = counts >= self.min_segment
        return ops.logical_and(seg_is_anomaly, seg_long_enough), counts


def make():
    np.random.seed(15)
    x = 0.1 * np.random.randn(1, 40).astype(np.float32)
    x[0, 10:13] += 5.0
    x[0, 30] -= 5.0
    return AnomalySegmenter(), (Tensor(x.astype(np.float32)),)
