# case: QRS amplitude estimate takes the samples where the band-passed signal exceeds an adaptive threshold with ops.masked_select and averages them -> masked_select output size from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QRSConfig:
    def __init__(self, kernel=9, thr_ratio=0.5, return_envelope=False):
        self.kernel = kernel
        self.thr_ratio = thr_ratio
        self.return_envelope = return_envelope


class BandPass(nn.Conv1d):
    def __init__(self, kernel):
        super().__init__(1, 1, kernel, pad_mode="same", has_bias=False)
        taps = np.sinc(np.linspace(-2, 2, kernel)) * np.hamming(kernel)
        taps = taps - taps.mean()
        self.weight.set_data(Tensor(taps.reshape(1, 1, 1, kernel).astype(np.float32).reshape(self.weight.shape)))


class QRSAmplitude(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bp = BandPass(config.kernel)
        self.ratio = config.thr_ratio
        self.return_envelope = config.return_envelope

    def _qrs_samples(self, env):
        thr = env.max() * self.ratio
        return ops.masked_select(env, env > thr)

    def construct(self, ecg):
        env = ops.abs(self.bp(ecg))
        qrs = self._qrs_samples(env)
        amp = qrs.mean()
        return (amp, env) if self.return_envelope else amp


def make():
    np.random.seed(3745)
    t = np.arange(500) / 250.0
    sig = np.sin(2 * np.pi * 1.0 * t) ** 41 + 0.03 * np.random.randn(500)
    return QRSAmplitude(QRSConfig()), (Tensor(sig[None, None].astype(np.float32)),)
