# case: numeric columns standardised with frozen stats then bucketized on fixed boundaries and bin-embedded -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

BOUNDARIES = [-1.5, -0.5, 0.0, 0.5, 1.5]


class BinnedNumericEmbedding(nn.Cell):
    def __init__(self, means=(0.0, 10.0, -2.0), stds=(1.0, 5.0, 2.0), boundaries=None, emb_dim=3):
        super().__init__()
        self.boundaries = list(boundaries or BOUNDARIES)
        self.mean = Parameter(Tensor(np.array(means, np.float32)), requires_grad=False, name="mean")
        self.std = Parameter(Tensor(np.array(stds, np.float32)), requires_grad=False, name="std")
        self.n_cols = len(means)
        n_bins = len(self.boundaries) + 1
        self.bin_emb = nn.Embedding(self.n_cols * n_bins, emb_dim)
        self.offsets = Tensor(np.arange(self.n_cols, dtype=np.int32) * n_bins)

    def _standardize(self, x):
        return ops.clamp((x - self.mean) / self.std, -4.0, 4.0)

    def construct(self, x):
        z = self._standardize(x)
        bins = ops.bucketize(z, self.boundaries).astype(ms.int32)
        ids = bins + self.offsets
        return self.bin_emb(ids).reshape(x.shape[0], -1)


def make():
    np.random.seed(37)
    ms.set_seed(37)
    x = Tensor((np.random.randn(6, 3) * np.array([1, 5, 2]) + np.array([0, 10, -2])).astype(np.float32))
    return BinnedNumericEmbedding(), (x,)
