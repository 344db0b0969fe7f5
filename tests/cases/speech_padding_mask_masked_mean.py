# case: utterance embedding by masked mean pooling with a padding mask built from lengths and x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len):
    steps = ops.arange(max_len).reshape(1, -1)
    return steps < lengths.reshape(-1, 1)


class MaskedStatsPooling(nn.Cell):
    def __init__(self, dim=8, emb=4, with_std=True):
        super().__init__()
        self.with_std = with_std
        self.out = nn.Dense(2 * dim if with_std else dim, emb)

    def construct(self, x, lengths):
        # x: (B, T, D)
        mask = make_pad_mask(lengths, x.shape[1]).astype(x.dtype).expand_dims(-1)
        denom = ops.maximum(mask.sum(axis=1), 1.0)
        mean = (x * mask).sum(axis=1) / denom
        if self.with_std:
            var = (((x - mean.expand_dims(1)) ** 2) * mask).sum(axis=1) / denom
            stats = ops.concat([mean, ops.sqrt(var + 1e-5)], axis=-1)
        else:
            stats = mean
        return self.out(stats)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(3, 7, 8).astype(np.float32))
    lengths = Tensor(np.array([7, 4, 2], np.int32))
    return MaskedStatsPooling(), (x, lengths)
