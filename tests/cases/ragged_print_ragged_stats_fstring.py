# case: logs padding ratio of a ragged batch with float() and an f-string print inside construct -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerbosePaddedEncoder(nn.Cell):
    """Masked mean encoder that reports how much of the batch is padding."""

    def __init__(self, dim=6, max_len=7, verbose=True):
        super().__init__()
        self.max_len = max_len
        self.verbose = verbose
        self.proj = nn.Dense(dim, dim)

    def report(self, lengths):
        real = lengths.astype(ms.float32).sum()
        capacity = lengths.shape[0] * self.max_len
        pad_ratio = 1.0 - float(real) / capacity
        print(f"batch={lengths.shape[0]} real_tokens={real} pad_ratio={pad_ratio:.2f}")

    def construct(self, x, lengths):
        if self.verbose:
            self.report(lengths)
        pos = ops.arange(self.max_len).view(1, -1)
        mask = (pos < lengths.view(-1, 1)).astype(ms.float32).expand_dims(-1)
        h = self.proj(x) * mask
        return h.sum(axis=1) / ops.clamp(mask.sum(axis=1), min=1.0)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 7, 6).astype(np.float32))
    lengths = Tensor(np.array([7, 3], dtype=np.int32))
    return VerbosePaddedEncoder(), (x, lengths)
