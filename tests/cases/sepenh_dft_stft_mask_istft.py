# case: STFT via precomputed DFT matrices on non-overlapping frames, sigmoid magnitude mask, inverse DFT and frame flattening -> matmuls and reshapes from x.shape, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DFTMaskEnhancer(nn.Cell):
    def __init__(self, n_fft=16):
        super().__init__()
        self.n_fft = n_fft
        n_bins = n_fft // 2 + 1
        k = np.arange(n_bins)[:, None]
        n = np.arange(n_fft)[None, :]
        ang = 2 * np.pi * k * n / n_fft
        self.cos_m = Tensor(np.cos(ang).T.astype(np.float32))
        self.sin_m = Tensor(-np.sin(ang).T.astype(np.float32))
        scale = np.full((n_bins, 1), 2.0 / n_fft)
        scale[0] = scale[-1] = 1.0 / n_fft
        self.icos = Tensor((np.cos(ang) * scale).astype(np.float32))
        self.isin = Tensor((-np.sin(ang) * scale).astype(np.float32))
        self.mask_fc = nn.Dense(n_bins, n_bins)

    def construct(self, wave):
        batch, samples = wave.shape
        frames = wave.reshape(batch, samples // self.n_fft, self.n_fft)
        re = ops.matmul(frames, self.cos_m)
        im = ops.matmul(frames, self.sin_m)
        mag = ops.sqrt(re * re + im * im + 1e-8)
        mask = ops.sigmoid(self.mask_fc(ops.log1p(mag)))
        out = ops.matmul(re * mask, self.icos) + ops.matmul(im * mask, self.isin)
        return out.reshape(batch, samples)


def make():
    np.random.seed(33)
    wave = np.random.randn(2, 64).astype(np.float32)
    return DFTMaskEnhancer(), (Tensor(wave),)
