# case: STFT magnitude via a fixed Fourier-basis Conv1d with reflect padding and log1p compression -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def fourier_basis(n_fft, window="hann"):
    bins = n_fft // 2 + 1
    t = np.arange(n_fft)
    k = np.arange(bins)[:, None]
    win = np.hanning(n_fft) if window == "hann" else np.ones(n_fft)
    real = np.cos(2 * np.pi * k * t / n_fft) * win
    imag = -np.sin(2 * np.pi * k * t / n_fft) * win
    return np.concatenate([real, imag])[:, None, :].astype(np.float32)


class ConvSTFT(nn.Cell):
    def __init__(self, n_fft=16, hop=4, center=True, log_compress=True):
        super().__init__()
        self.n_fft, self.hop = n_fft, hop
        self.bins = n_fft // 2 + 1
        self.center = center
        self.log_compress = log_compress
        self.conv = nn.Conv1d(1, 2 * self.bins, n_fft, stride=hop, pad_mode="valid",
                              has_bias=False, weight_init=Tensor(fourier_basis(n_fft)))
        self.reflect = nn.ReflectionPad1d((n_fft // 2, n_fft // 2))

    def construct(self, wav):
        x = wav.expand_dims(1)
        if self.center:
            x = self.reflect(x)
        spec = self.conv(x)
        re, im = spec[:, : self.bins], spec[:, self.bins:]
        mag = ops.sqrt(re * re + im * im + 1e-9)
        if self.log_compress:
            mag = ops.log1p(mag)
        return mag


def make():
    np.random.seed(30)
    wav = Tensor(np.random.randn(2, 48).astype(np.float32))
    return ConvSTFT(), (wav,)
