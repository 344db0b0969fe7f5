# case: onset detector that sets its peak threshold with np.percentile on the onset envelope inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HighFrequencyContent(nn.Cell):
    def __init__(self, n_bins=32):
        super().__init__()
        weights = np.arange(1, n_bins + 1, dtype=np.float32) / n_bins
        self.weights = Tensor(weights.reshape(1, -1, 1))

    def construct(self, spec):
        # spec: (batch, bins, frames)
        return (spec * self.weights).sum(axis=1)


class PercentileOnsetDetector(nn.Cell):
    def __init__(self, n_bins=32, percentile=85.0):
        super().__init__()
        self.hfc = HighFrequencyContent(n_bins)
        self.percentile = percentile

    def construct(self, spec):
        odf = self.hfc(spec)
        odf = odf - ops.pad(odf[:, :-1], (1, 0))
        thr = np.percentile(odf.asnumpy(), self.percentile)
        onsets = ops.relu(odf - Tensor(thr, ms.float32))
        return onsets / (onsets.max(axis=-1, keepdims=True) + 1e-6)


def make():
    np.random.seed(24)
    spec = Tensor(np.abs(np.random.randn(2, 32, 25)).astype(np.float32))
    return PercentileOnsetDetector(), (spec,)
