# case: builds a padding mask by comparing ops.arange(x.shape[1]) with lengths and does masked mean pooling; all shapes from x.shape -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
    return (steps < lengths.expand_dims(1)).astype(ms.float32)


class Pooler(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(dim, dim)

    def construct(self, x, lengths):
        mask = length_mask(lengths, x.shape[1])
        h = ops.tanh(self.proj(x)) * mask.expand_dims(-1)
        denom = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        return h.sum(axis=1) / denom


def make():
    x = Tensor(np.random.randn(3, 10, 8).astype(np.float32))
    lengths = Tensor(np.array([4, 7, 5], np.int32))
    return Pooler(), (x, lengths)
