# case: vocoder gates silent frames with ops.where and a fixed-index gather of harmonics instead of dropping them; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HARMONIC_IDX = np.array([0, 1, 3, 7], np.int32)


class Upsampler(nn.Cell):
    def __init__(self, n_mels=8, hop=4):
        super().__init__()
        self.fc = nn.Dense(n_mels, hop)

    def construct(self, mel):
        b, t, _ = mel.shape
        return self.fc(mel).reshape(b, -1)


class Net(nn.Cell):
    def __init__(self, silence_db=-4.0):
        super().__init__()
        self.silence_db = silence_db
        self.harmonics = Tensor(HARMONIC_IDX)
        self.up = Upsampler()

    def construct(self, mel):
        energy = mel.mean(axis=-1, keep_dims=True)
        voiced = energy > self.silence_db
        mel = ops.where(voiced, mel, ops.zeros_like(mel))
        picked = ops.gather(mel, self.harmonics, 2)
        wave = self.up(mel)
        return ops.tanh(wave), picked.sum(axis=-1)


def make():
    return Net(), (Tensor(np.random.randn(2, 6, 8).astype(np.float32) * 3),)
