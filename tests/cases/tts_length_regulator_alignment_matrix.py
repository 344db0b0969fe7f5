# case: FastSpeech length regulator via a fixed MAX_FRAMES alignment matrix built from cumsum of durations and frame indices, then matmul -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_FRAMES = 32


class LengthRegulator(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, x):
        d = ops.round(ops.relu(self.fc(x)).squeeze(-1) * 3 + 1)
        end = ops.cumsum(d, axis=0)
        start = end - d
        frames = ops.arange(MAX_FRAMES, dtype=ms.float32).expand_dims(1)
        align = ops.logical_and(frames >= start, frames < end).astype(ms.float32)
        mel_len = end[-1]
        return ops.matmul(align, x), mel_len


def make():
    return LengthRegulator(), (Tensor(np.random.randn(5, 8).astype(np.float32)),)
