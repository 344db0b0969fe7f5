# case: a padding mask compares arange(int(lengths.max())) with the lengths, and ops.nonzero of it gives the token positions scattered into a padded buffer -> dynamic at the arange; is nonzero of that mask blamed too?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pad(nn.Cell):
    def construct(self, tokens, lengths):
        max_len = int(lengths.max())
        rng = ops.arange(max_len, dtype=lengths.dtype)
        mask = rng.expand_dims(0) < lengths.expand_dims(1)
        indices = ops.nonzero(mask)
        return indices.astype(ms.float32).sum() + tokens.sum()


def make():
    return Pad(), (Tensor(np.ones((10, 4), np.float32)), Tensor(np.array([4, 2, 4], np.int32)))
