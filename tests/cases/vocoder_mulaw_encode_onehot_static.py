# case: mu-law companding + quantisation to one-hot classes for WaveNet input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def mulaw_compress(x, mu):
    return ops.sign(x) * ops.log1p(mu * ops.abs(x)) / np.log1p(mu)


class MuLawQuantizer(nn.Cell):
    def __init__(self, quantization_channels=256, clip=True):
        super().__init__()
        self.channels = quantization_channels
        self.mu = float(quantization_channels - 1)
        self.clip = clip
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)

    def quantize(self, wav):
        if self.clip:
            wav = ops.clamp(wav, -1.0, 1.0)
        y = mulaw_compress(wav, self.mu)
        codes = ops.floor((y + 1.0) / 2.0 * self.mu + 0.5)
        return codes.astype(ms.int32)

    def construct(self, wav):
        codes = self.quantize(wav)
        onehot = ops.one_hot(codes, self.channels, self.on_value, self.off_value)
        # (B, T, C) -> (B, C, T) for Conv1d
        return ops.transpose(onehot, (0, 2, 1)), codes


def make():
    np.random.seed(1)
    wav = np.random.uniform(-1.2, 1.2, size=(2, 32)).astype(np.float32)
    return MuLawQuantizer(), (Tensor(wav),)
