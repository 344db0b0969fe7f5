# case: gold differential feature extractor computes cumulative gold and fixed-width window means via constant slices -> cumsum and constant slices, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoldCurveFeatures(nn.Cell):
    def __init__(self, window=5, num_windows=4):
        super().__init__()
        self.window = window
        self.num_windows = num_windows
        self.fc = nn.Dense(num_windows, 1)

    def construct(self, gold_per_min_a, gold_per_min_b):
        diff = ops.cumsum(gold_per_min_a - gold_per_min_b, axis=1) / 1000.0
        feats = []
        for i in range(self.num_windows):
            start = i * self.window
            feats.append(diff[:, start:start + self.window].mean(axis=1))
        x = ops.stack(feats, axis=1)
        return ops.sigmoid(self.fc(x))


def make():
    np.random.seed(43)
    a = Tensor((np.random.rand(3, 20) * 500 + 300).astype(np.float32))
    b = Tensor((np.random.rand(3, 20) * 500 + 300).astype(np.float32))
    return GoldCurveFeatures(5, 4), (a, b)
