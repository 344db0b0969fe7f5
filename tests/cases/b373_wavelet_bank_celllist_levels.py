# case: multi-level wavelet-like filter bank built as a CellList of strided Conv1d subclasses, iterated with enumerate/zip over a fixed number of levels from config -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilterBankConfig:
    def __init__(self, levels=3, kernel_size=4, in_channels=1, return_all_bands=True):
        self.levels = levels
        self.kernel_size = kernel_size
        self.in_channels = in_channels
        self.return_all_bands = return_all_bands


def daubechies_like(kernel_size):
    lo = np.hanning(kernel_size + 2)[1:-1]
    lo = lo / lo.sum()
    hi = lo * ((-1.0) ** np.arange(kernel_size))
    return np.stack([lo, hi]).astype(np.float32)[:, None, :]


class AnalysisConv(nn.Conv1d):
    def __init__(self, kernel_size):
        super().__init__(1, 2, kernel_size, stride=2, pad_mode="same", has_bias=False)
        self._init_taps(kernel_size)

    def _init_taps(self, kernel_size):
        w = daubechies_like(kernel_size)
        self.weight.set_data(Tensor(w.reshape(self.weight.shape)))


class WaveletFilterBank(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stages = nn.CellList([AnalysisConv(config.kernel_size) for _ in range(config.levels)])
        self.scales = [2.0 ** (i / 2) for i in range(config.levels)]
        self.return_all = config.return_all_bands

    def construct(self, x):
        details = ()
        approx = x
        for i, (stage, scale) in enumerate(zip(self.stages, self.scales)):
            bands = stage(approx)
            approx = bands[:, 0:1]
            details = details + (bands[:, 1:2] * scale,)
        if self.return_all:
            return (approx,) + details
        return approx


def make():
    np.random.seed(3742)
    x = np.random.randn(2, 1, 256).astype(np.float32)
    return WaveletFilterBank(FilterBankConfig()), (Tensor(x),)
