# case: equal-frequency binning of numeric columns computes quantile edges with numpy on x.asnumpy() inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantileBinEmbedding(nn.Cell):
    """Discretise each numeric column into n_bins quantile bins and embed the bin id."""

    def __init__(self, n_numeric=3, n_bins=4, emb_dim=5):
        super().__init__()
        self.n_numeric = n_numeric
        self.n_bins = n_bins
        self.embeddings = nn.CellList([nn.Embedding(n_bins, emb_dim) for _ in range(n_numeric)])
        self.qs = [i / n_bins for i in range(1, n_bins)]

    def _bin_ids(self, col):
        values = col.asnumpy()
        edges = np.quantile(values, self.qs)
        return Tensor(np.digitize(values, edges).astype(np.int32))

    def construct(self, x):
        outs = []
        for i in range(self.n_numeric):
            ids = self._bin_ids(x[:, i])
            outs.append(self.embeddings[i](ids))
        return ops.concat(outs, axis=-1)


def make():
    np.random.seed(5)
    ms.set_seed(5)
    x = Tensor(np.random.randn(10, 3).astype(np.float32))
    return QuantileBinEmbedding(), (x,)
