# case: log-mel front-end with framing by strided slices, Hann window and DFT-by-matmul with constant matrices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dft_mats(n_fft):
    n = np.arange(n_fft)
    k = np.arange(n_fft // 2 + 1)[:, None]
    ang = 2 * np.pi * k * n / n_fft
    return np.cos(ang).T.astype(np.float32), -np.sin(ang).T.astype(np.float32)


class LogMelFrontend(nn.Cell):
    def __init__(self, n_fft=32, hop=16, n_mels=8, seed=0):
        super().__init__()
        self.n_fft, self.hop = n_fft, hop
        cos_m, sin_m = dft_mats(n_fft)
        win = np.hanning(n_fft).astype(np.float32)
        self.re = Tensor(cos_m * win[:, None])
        self.im = Tensor(sin_m * win[:, None])
        fb = np.abs(np.random.RandomState(seed).randn(n_fft // 2 + 1, n_mels)).astype(np.float32)
        self.melfb = Tensor(fb)

    def frames(self, wav):
        n_frames = 1 + (wav.shape[-1] - self.n_fft) // self.hop
        out = [wav[:, i * self.hop: i * self.hop + self.n_fft] for i in range(n_frames)]
        return ops.stack(out, axis=1)          # (B, T, n_fft)

    def construct(self, wav):
        fr = self.frames(wav)
        power = ops.matmul(fr, self.re) ** 2 + ops.matmul(fr, self.im) ** 2
        mel = ops.matmul(power, self.melfb)
        return ops.log(mel + 1e-6)


def make():
    np.random.seed(22)
    wav = np.random.randn(2, 160).astype(np.float32)
    return LogMelFrontend(), (Tensor(wav),)
