# case: spectral summary averages over the axis named by an axis tensor stored with the batch (int(axis_t) passed to ReduceMean/argmax) -> reduce axis from tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralConfig:
    n_fft_bins = 32
    log_power = True


def power_spectrum_proxy(x, n_bins):
    frames = x.reshape(x.shape[0], x.shape[1], n_bins, -1)
    return (frames * frames).mean(-1)


class SpectralSummary(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else SpectralConfig()
        self.n_bins = config.n_fft_bins
        self.log_power = config.log_power

    def construct(self, ecg, reduce_axis):
        p = power_spectrum_proxy(ecg, self.n_bins)
        if self.log_power:
            p = ops.log(p + 1e-8)
        axis = int(reduce_axis)
        summary = p.mean(axis=axis)
        peak_bin = p.argmax(axis=-1)
        return summary, peak_bin


def make():
    np.random.seed(3755)
    x = np.random.randn(2, 12, 256).astype(np.float32)
    return SpectralSummary(), (Tensor(x), Tensor(1, ms.int32))
