# case: smooth frame posteriors, threshold them and extract onset frame indices with nonzero -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianLikeSmoother(nn.Cell):
    """Moving-average smoothing of posteriors along time."""

    def __init__(self, window=5):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, post):
        # post: (C, T) -> (1, C, T) for pooling
        return self.pool(post.expand_dims(0)).squeeze(0)


class EventOnsetDetector(nn.Cell):
    def __init__(self, threshold=0.5, window=5):
        super().__init__()
        self.smoother = MedianLikeSmoother(window)
        self.threshold = threshold

    def binarize(self, post):
        return (post > self.threshold).astype(ms.float32)

    def construct(self, logits):
        post = ops.sigmoid(logits)
        active = self.binarize(self.smoother(post))
        prev = ops.pad(active[:, :-1], (1, 0))
        onset_map = (active - prev) > 0
        onsets = ops.nonzero(onset_map)
        return onsets, active


def make():
    np.random.seed(1)
    logits = np.random.randn(3, 50).astype(np.float32) * 3
    return EventOnsetDetector(), (Tensor(logits),)
