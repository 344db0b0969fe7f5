# case: hive acoustic monitor computes the hum spectrum with a precomputed DFT matrix (numpy only in __init__) -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SAMPLE_RATE = 2000


def dft_basis(n_fft):
    k = np.arange(n_fft // 2 + 1).reshape(-1, 1)
    n = np.arange(n_fft).reshape(1, -1)
    ang = 2 * np.pi * k * n / n_fft
    return np.cos(ang).astype(np.float32), -np.sin(ang).astype(np.float32)


class HumSpectrum(nn.Cell):
    def __init__(self, n_fft=128):
        super().__init__()
        cos_b, sin_b = dft_basis(n_fft)
        self.cos_b = Tensor(cos_b.T)
        self.sin_b = Tensor(sin_b.T)
        self.norm = nn.LayerNorm((n_fft // 2 + 1,))

    def construct(self, audio_frame):
        re = ops.matmul(audio_frame, self.cos_b)
        im = ops.matmul(audio_frame, self.sin_b)
        mag = ops.sqrt(re * re + im * im + 1e-8)
        return self.norm(mag)


def make():
    np.random.seed(72)
    t = np.arange(128) / SAMPLE_RATE
    audio = (np.sin(2 * np.pi * 250 * t) + 0.1 * np.random.randn(128)).astype(np.float32)
    return HumSpectrum(), (Tensor(audio.reshape(1, 128)),)
