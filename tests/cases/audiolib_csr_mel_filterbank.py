# case: log-mel front end that stores the (mostly zero) mel filterbank as an ms.CSRTensor and applies it with a sparse-dense matmul in construct -> Graph mode should reject or handle sparse specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SAMPLE_RATE = 16000


def hz_to_mel(f):
    return 2595.0 * np.log10(1.0 + f / 700.0)


def mel_to_hz(m):
    return 700.0 * (10 ** (m / 2595.0) - 1.0)


def mel_filterbank(n_fft, n_mels, sr=SAMPLE_RATE):
    n_freq = n_fft // 2 + 1
    freqs = np.linspace(0, sr / 2, n_freq)
    pts = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(sr / 2), n_mels + 2))
    fb = np.zeros((n_mels, n_freq), np.float32)
    for m in range(n_mels):
        lo, c, hi = pts[m], pts[m + 1], pts[m + 2]
        fb[m] = np.maximum(0, np.minimum((freqs - lo) / (c - lo), (hi - freqs) / (hi - c)))
    return fb


class SparseLogMel(nn.Cell):
    def __init__(self, n_fft=64, n_mels=8, log_floor=1e-6):
        super().__init__()
        fb = mel_filterbank(n_fft, n_mels)
        rows, cols = np.nonzero(fb)
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=n_mels))]).astype(np.int32)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(cols.astype(np.int32))
        self.values = Tensor(fb[rows, cols])
        self.fb_shape = fb.shape
        self.log_floor = log_floor

    def construct(self, power_spec):
        fb = ms.CSRTensor(self.indptr, self.indices, self.values, self.fb_shape)
        mel = fb.mm(power_spec.T)
        return ops.log(ops.clamp(mel.T, min=self.log_floor))


def make():
    np.random.seed(3318)
    net = SparseLogMel()
    power_spec = Tensor(np.abs(np.random.randn(20, 33)).astype(np.float32))
    return net, (power_spec,)
