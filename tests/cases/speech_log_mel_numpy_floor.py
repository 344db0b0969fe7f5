# case: log-mel front end that floors the power spectrum with np.maximum on a tensor inside construct -> compile error at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def mel_filterbank(n_fft_bins, n_mels):
    fb = np.zeros((n_mels, n_fft_bins), np.float32)
    centers = np.linspace(0, n_fft_bins - 1, n_mels + 2)
    for m in range(1, n_mels + 1):
        left, c, right = centers[m - 1], centers[m], centers[m + 1]
        for k in range(n_fft_bins):
            if left <= k <= c:
                fb[m - 1, k] = (k - left) / max(c - left, 1e-3)
            elif c < k <= right:
                fb[m - 1, k] = (right - k) / max(right - c, 1e-3)
    return fb


class LogMelFrontend(nn.Cell):
    def __init__(self, n_fft=16, hop=8, n_mels=6, floor=1e-5):
        super().__init__()
        bins = n_fft // 2 + 1
        t = np.arange(n_fft)
        k = np.arange(bins)[:, None]
        win = np.hanning(n_fft).astype(np.float32)
        real = (np.cos(2 * np.pi * k * t / n_fft) * win).astype(np.float32)
        imag = (-np.sin(2 * np.pi * k * t / n_fft) * win).astype(np.float32)
        self.stft = nn.Conv1d(1, 2 * bins, n_fft, stride=hop, pad_mode="valid", has_bias=False,
                              weight_init=Tensor(np.concatenate([real, imag])[:, None, :]))
        self.fb = Parameter(Tensor(mel_filterbank(bins, n_mels)), requires_grad=False)
        self.bins = bins
        self.floor = floor

    def construct(self, wav):
        spec = self.stft(wav.expand_dims(1))
        power = spec[:, : self.bins] ** 2 + spec[:, self.bins:] ** 2
        power = Tensor(np.maximum(power, self.floor))
        mel = ops.matmul(self.fb, power)
        return ops.log(mel)


def make():
    np.random.seed(7)
    wav = Tensor(np.random.randn(2, 64).astype(np.float32))
    return LogMelFrontend(), (wav,)
