# case: masked mean pooling of padded sequences where the mask comes from lengths vs arange(seq_len from .shape) and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthMaskedPooler(nn.Cell):
    """Mean or max pooling over the valid prefix of each padded sequence."""

    def __init__(self, dim=5, pooling="max", fill_value=-1e4):
        super().__init__()
        self.pooling = pooling
        self.fill_value = fill_value
        self.proj = nn.Dense(dim, dim)

    def sequence_mask(self, lengths, seq_len):
        pos = ops.arange(seq_len, dtype=ms.int32).view(1, -1)
        return pos < lengths.view(-1, 1)

    def construct(self, x, lengths):
        h = self.proj(x)
        mask = self.sequence_mask(lengths, h.shape[1]).expand_dims(-1)
        mask = ops.broadcast_to(mask, h.shape)
        if self.pooling == "max":
            filled = ops.select(mask, h, ops.full_like(h, self.fill_value))
            return filled.max(axis=1)
        zeros = ops.zeros_like(h)
        summed = ops.select(mask, h, zeros).sum(axis=1)
        return summed / lengths.astype(ms.float32).view(-1, 1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 6, 5).astype(np.float32))
    lengths = Tensor(np.array([6, 2, 4], dtype=np.int32))
    return LengthMaskedPooler(), (x, lengths)
