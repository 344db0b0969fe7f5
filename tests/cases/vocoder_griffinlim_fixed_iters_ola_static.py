# case: Griffin-Lim with fixed iteration count, framed STFT via strided slices and overlap-add via scatter of frames -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GriffinLimOLA(nn.Cell):
    def __init__(self, n_fft=16, hop=8, n_iter=4, momentum=0.9):
        super().__init__()
        k = np.arange(n_fft // 2 + 1)[:, None]
        n = np.arange(n_fft)[None, :]
        ang = 2 * np.pi * k * n / n_fft
        self.win = Tensor(np.hanning(n_fft + 1)[:-1].astype(np.float32))
        self.cos_b = Tensor(np.cos(ang).astype(np.float32))
        self.sin_b = Tensor(-np.sin(ang).astype(np.float32))
        self.n_fft, self.hop, self.n_iter, self.momentum = n_fft, hop, n_iter, momentum

    def stft(self, wav):
        n_frames = (wav.shape[0] - self.n_fft) // self.hop + 1
        frames = ops.stack([wav[i * self.hop:i * self.hop + self.n_fft] for i in range(n_frames)])
        frames = frames * self.win
        return ops.matmul(frames, self.cos_b.T), ops.matmul(frames, self.sin_b.T)

    def istft(self, re, im, length):
        frames = (ops.matmul(re, self.cos_b) + ops.matmul(im, self.sin_b)) * (2.0 / self.n_fft)
        frames = frames * self.win
        out = ops.zeros((length,), ms.float32)
        for i in range(frames.shape[0]):
            pad = ops.pad(frames[i], (i * self.hop, length - i * self.hop - self.n_fft))
            out = out + pad
        return out

    def construct(self, mag, length=64):
        re, im = mag, ops.zeros_like(mag)
        prev_re, prev_im = re, im
        for _ in range(self.n_iter):
            wav = self.istft(re, im, length)
            re2, im2 = self.stft(wav)
            acc_re = re2 - self.momentum * prev_re
            acc_im = im2 - self.momentum * prev_im
            prev_re, prev_im = re2, im2
            norm = ops.sqrt(acc_re ** 2 + acc_im ** 2) + 1e-8
            re, im = mag * acc_re / norm, mag * acc_im / norm
        return self.istft(re, im, length)


def make():
    np.random.seed(8)
    mag = np.abs(np.random.randn(7, 9)).astype(np.float32)
    return GriffinLimOLA(), (Tensor(mag),)
