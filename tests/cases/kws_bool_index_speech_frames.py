# case: boolean-mask indexing keeps only speech frames before computing CMVN statistics -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogMel(nn.Cell):
    def __init__(self, n_fft_bins=33, n_mels=10, seed=0):
        super().__init__()
        rng = np.random.RandomState(seed)
        fb = np.abs(rng.randn(n_fft_bins, n_mels)).astype(np.float32)
        self.fb = Tensor(fb / fb.sum(axis=0, keepdims=True))

    def construct(self, power_spec):
        return ops.log(ops.matmul(power_spec, self.fb) + 1e-6)


class SpeechCMVN(nn.Cell):
    def __init__(self, energy_floor=-1.0):
        super().__init__()
        self.logmel = LogMel()
        self.energy_floor = energy_floor

    def construct(self, power_spec):
        # power_spec: (T, bins)
        mel = self.logmel(power_spec)
        energy = mel.mean(axis=-1)
        is_speech = energy > self.energy_floor
        speech = mel[is_speech]
        mu = speech.mean(axis=0)
        sigma = speech.std(axis=0) + 1e-5
        return (mel - mu) / sigma


def make():
    np.random.seed(7)
    spec = np.abs(np.random.randn(40, 33)).astype(np.float32) ** 2
    return SpeechCMVN(), (Tensor(spec),)
