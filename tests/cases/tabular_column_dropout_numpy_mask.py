# case: per-column (feature) dropout draws its keep mask with np.random inside construct during training -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnDropoutEncoder(nn.Cell):
    """Randomly blanks entire feature columns (same columns for the whole batch) while training."""

    def __init__(self, n_features=6, d_out=4, p=0.3, training=True):
        super().__init__()
        self.n_features = n_features
        self.p = p
        self.proj = nn.Dense(n_features, d_out)
        self.is_training = training

    def _column_mask(self, x):
        if not self.is_training or self.p == 0:
            return ops.ones_like(x[0])
        keep = np.random.rand(self.n_features) >= self.p
        return Tensor(keep.astype(np.float32)) / (1.0 - self.p)

    def construct(self, x):
        mask = self._column_mask(x)
        return self.proj(x * mask)


def make():
    np.random.seed(14)
    ms.set_seed(14)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return ColumnDropoutEncoder(), (x,)
