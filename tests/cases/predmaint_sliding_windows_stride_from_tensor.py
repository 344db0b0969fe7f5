# case: sliding windows whose stride is passed in as a tensor and used in range()/slicing -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWindowStats(nn.Cell):
    """Window statistics where the stride is chosen per batch by the data loader."""

    def __init__(self, window=8, with_peak=True):
        super().__init__()
        self.window = window
        self.with_peak = with_peak

    def _window_features(self, seg):
        rms = ops.sqrt((seg * seg).mean())
        if self.with_peak:
            return ops.stack([rms, ops.abs(seg).max()])
        return rms.reshape(1)

    def construct(self, x, stride):
        length = x.shape[0]
        feats = []
        for start in range(0, length - self.window + 1, stride):
            feats.append(self._window_features(x[start:start + self.window]))
        return ops.stack(feats)


def make():
    np.random.seed(14)
    x = np.random.randn(48).astype(np.float32)
    return AdaptiveWindowStats(), (Tensor(x), Tensor(5, ms.int32))
