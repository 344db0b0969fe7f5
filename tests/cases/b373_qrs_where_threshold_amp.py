# case: QRS amplitude estimate keeps samples above an adaptive threshold with three-argument ops.where and a count-normalised sum instead of selecting them -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QRSConfig:
    def __init__(self, kernel=9, thr_ratio=0.5, return_envelope=False):
        self.kernel = kernel
        self.thr_ratio = thr_ratio
        self.return_envelope = return_envelope


class QRSAmplitudeDense(nn.Cell):
    def __init__(self, config):
        super().__init__()
        taps = np.sinc(np.linspace(-2, 2, config.kernel)) * np.hamming(config.kernel)
        self.bp = nn.Conv1d(1, 1, config.kernel, pad_mode="same", has_bias=False,
                            weight_init=Tensor((taps - taps.mean()).reshape(1, 1, config.kernel).astype(np.float32)))
        self.ratio = config.thr_ratio
        self.return_envelope = config.return_envelope

    def construct(self, ecg):
        env = ops.abs(self.bp(ecg))
        thr = env.max(axis=-1, keepdims=True) * self.ratio
        is_qrs = env > thr
        qrs = ops.where(is_qrs, env, ops.zeros_like(env))
        count = is_qrs.astype(env.dtype).sum(axis=-1)
        amp = qrs.sum(axis=-1) / ops.maximum(count, 1.0)
        if self.return_envelope:
            return amp, env
        return amp


def make():
    np.random.seed(3746)
    t = np.arange(500) / 250.0
    sig = np.sin(2 * np.pi * 1.0 * t) ** 41 + 0.03 * np.random.randn(2, 500)
    return QRSAmplitudeDense(QRSConfig()), (Tensor(sig[:, None].astype(np.float32)),)
