# case: skewed-feature log transform guarded by try/except fallback inside construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkewedFeatureTransform(nn.Cell):
    """log1p for heavy-tailed non-negative columns, followed by a linear projection."""

    def __init__(self, n_features=4, d_out=3, log_cols=(0, 2)):
        super().__init__()
        self.log_cols = log_cols
        self.n_features = n_features
        self.proj = nn.Dense(n_features, d_out)

    def _safe_log(self, col):
        try:
            return ops.log1p(col)
        except ValueError:
            return col

    def construct(self, x):
        cols = []
        for i in range(self.n_features):
            col = x[:, i]
            if i in self.log_cols:
                col = self._safe_log(ops.relu(col))
            cols.append(col)
        return self.proj(ops.stack(cols, axis=1))


def make():
    np.random.seed(17)
    ms.set_seed(17)
    x = Tensor(np.abs(np.random.randn(6, 4)).astype(np.float32) * 10)
    return SkewedFeatureTransform(), (x,)
