# case: pads variable-length mel targets up to a multiple of the reduction factor with ops.pad, pad amount from .shape arithmetic -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReductionPadder(nn.Cell):
    def __init__(self, r=3, pad_value=-4.0):
        super().__init__()
        self.r = r
        self.pad_value = pad_value

    def construct(self, mel, mel_mask):
        t = mel.shape[1]
        remainder = t % self.r
        extra = 0 if remainder == 0 else self.r - remainder
        if extra > 0:
            mel = ops.pad(mel, (0, 0, 0, extra), value=self.pad_value)
            mel_mask = ops.pad(mel_mask, (0, extra), value=0.0)
        return mel, mel_mask


class TeacherForcedDecoderInput(nn.Cell):
    def __init__(self, n_mels=8, hidden=16, r=3):
        super().__init__()
        self.r = r
        self.padder = ReductionPadder(r)
        self.prenet = nn.Dense(n_mels, hidden, activation="relu")

    def construct(self, mel, mel_mask):
        mel, mel_mask = self.padder(mel, mel_mask)
        go = ops.zeros_like(mel[:, :1])
        dec_in = ops.concat((go, mel[:, self.r - 1:-1:self.r]), axis=1)
        return self.prenet(dec_in), mel_mask[:, ::self.r]


def make():
    np.random.seed(37)
    mel = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    m = np.ones((2, 7), np.float32); m[1, 5:] = 0
    return TeacherForcedDecoderInput(), (mel, Tensor(m))
