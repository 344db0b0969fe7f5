# case: log-mel front end projects the power spectrogram onto a mel filterbank and `del`s the linear spectrogram to save memory before the CNN stem -> `del` statement in construct is expected to be rejected by the graph parser
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MelConfig:
    n_fft_bins = 65
    n_mels = 16
    amin = 1e-10
    stem_channels = 8


def triangular_filterbank(n_bins, n_mels):
    centers = np.linspace(0, n_bins - 1, n_mels + 2)
    bins = np.arange(n_bins)[:, None]
    left, center, right = centers[:-2], centers[1:-1], centers[2:]
    up = (bins - left) / (center - left)
    down = (right - bins) / (right - center)
    return np.maximum(0.0, np.minimum(up, down)).astype(np.float32)


class LogMelStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mel_fb = Tensor(triangular_filterbank(config.n_fft_bins, config.n_mels))
        self.amin = config.amin
        self.stem = nn.Conv2d(1, config.stem_channels, 3, pad_mode="same")

    def construct(self, power_spec):
        # power_spec: (B, T, n_fft_bins)
        mel = ops.matmul(power_spec, self.mel_fb)
        del power_spec
        logmel = ops.log(ops.clamp(mel, min=self.amin))
        return self.stem(logmel.expand_dims(1))


def make():
    np.random.seed(3819)
    spec = Tensor(np.abs(np.random.randn(2, 40, 65)).astype(np.float32) ** 2)
    return LogMelStem(MelConfig()), (spec,)
