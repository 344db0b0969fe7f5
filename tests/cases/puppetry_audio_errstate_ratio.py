# case: audience reaction ratio (laugh band over speech band energy) computed inside a `with np.errstate(...)` block in construct -> with statement on a NumPy context manager, expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReactionRatio(nn.Cell):
    def __init__(self, n_bins=64, laugh_lo=20, laugh_hi=48):
        super().__init__()
        self.laugh_lo = laugh_lo
        self.laugh_hi = laugh_hi

    def construct(self, spectrum):
        power = spectrum * spectrum
        with np.errstate(divide="ignore"):
            laugh = power[:, self.laugh_lo:self.laugh_hi].sum(axis=1)
            speech = power[:, :self.laugh_lo].sum(axis=1)
            ratio = laugh / (speech + 1e-6)
        return ops.log1p(ratio)


def make():
    np.random.seed(45)
    spec = np.abs(np.random.randn(10, 64)).astype(np.float32)
    return ReactionRatio(), (Tensor(spec),)
