# case: median filter over time with window size fixed in the constructor, stacked shifted slices -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianFilter(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        assert window % 2 == 1, "median window must be odd"
        self.window = window
        self.half = window // 2

    def construct(self, probs):
        # probs: (batch, frames, classes)
        frames = probs.shape[1]
        padded = ops.pad(probs, (0, 0, self.half, self.half), mode="replicate")
        shifted = []
        for i in range(self.window):
            shifted.append(padded[:, i:i + frames, :])
        stacked = ops.stack(shifted, axis=-1)
        med, _ = ops.median(stacked, axis=-1)
        return med


class SmoothedDetector(nn.Cell):
    def __init__(self, in_dim=16, n_classes=5, window=5):
        super().__init__()
        self.proj = nn.Dense(in_dim, n_classes)
        self.filt = MedianFilter(window)

    def construct(self, feats):
        probs = ops.sigmoid(self.proj(feats))
        return self.filt(probs)


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(2, 24, 16).astype(np.float32))
    return SmoothedDetector(), (feats,)
