# case: hot-wire turbulence spectrum computed by pulling the velocity record to NumPy and using np.fft inside construct -> asnumpy and NumPy calls on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotWireSpectrum(nn.Cell):
    def __init__(self, fs=10000.0):
        super().__init__()
        self.fs = fs

    def construct(self, u_record):
        u = u_record - u_record.mean()
        u_np = u.asnumpy()
        spec = np.abs(np.fft.rfft(u_np)) ** 2 / (self.fs * u_np.shape[0])
        psd = Tensor(spec.astype(np.float32))
        tke = 0.5 * (u * u).mean()
        return psd, tke


def make():
    np.random.seed(101)
    t = np.arange(512) / 10000.0
    u = 20.0 + 0.8 * np.sin(2 * np.pi * 250 * t) + 0.3 * np.random.randn(512)
    return HotWireSpectrum(), (Tensor(u.astype(np.float32)),)
