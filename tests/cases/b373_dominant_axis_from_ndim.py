# case: spectral summary picks its reduce axis from x.ndim and a config flag (lead-wise vs. time-wise), the axis is a Python int at compile time -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralConfig:
    def __init__(self, n_fft_bins=32, log_power=True, reduce_over="leads"):
        self.n_fft_bins = n_fft_bins
        self.log_power = log_power
        self.reduce_over = reduce_over


_AXIS_FROM_END = {"leads": 2, "bins": 1}


class SpectralSummaryStatic(nn.Cell):
    def __init__(self, config: SpectralConfig):
        super().__init__()
        self.n_bins = config.n_fft_bins
        self.log_power = config.log_power
        self.from_end = _AXIS_FROM_END[config.reduce_over]

    def construct(self, ecg):
        b, c, t = ecg.shape
        frames = ecg.reshape(b, c, self.n_bins, t // self.n_bins)
        p = (frames * frames).mean(-1)
        if self.log_power:
            p = ops.log(p + 1e-8)
        axis = p.ndim - self.from_end
        summary = p.mean(axis=axis)
        peak_bin = p.argmax(axis=-1)
        return summary, peak_bin


def make():
    np.random.seed(3756)
    x = np.random.randn(2, 12, 256).astype(np.float32)
    return SpectralSummaryStatic(SpectralConfig()), (Tensor(x),)
