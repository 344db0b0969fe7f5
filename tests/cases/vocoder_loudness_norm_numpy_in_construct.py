# case: loudness normalisation of vocoder output computing RMS in dB with numpy calls on the tensor -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoudnessNormalizer(nn.Cell):
    def __init__(self, target_db=-20.0, max_gain_db=30.0):
        super().__init__()
        self.target_db = target_db
        self.max_gain_db = max_gain_db

    def rms_db(self, wav):
        rms = ops.sqrt((wav ** 2).mean() + 1e-12)
        return 20.0 * ops.log10(rms)

    def construct(self, wav):
        gain_db = np.clip(self.target_db - self.rms_db(wav), -self.max_gain_db, self.max_gain_db)
        gain = ops.pow(10.0, gain_db / 20.0)
        return ops.clamp(wav * gain, -1.0, 1.0)


def make():
    np.random.seed(32)
    wav = 0.01 * np.random.randn(2, 40).astype(np.float32)
    return LoudnessNormalizer(), (Tensor(wav),)
