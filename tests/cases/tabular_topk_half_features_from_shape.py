# case: instance-wise feature selection keeps the top half of features, k computed from x.shape and a ratio -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKFeatureMask(nn.Cell):
    def __init__(self, n_features=8, keep_ratio=0.5, d_out=4):
        super().__init__()
        self.scorer = nn.Dense(n_features, n_features)
        self.keep_ratio = keep_ratio
        self.head = nn.Dense(n_features, d_out)

    def _k(self, x):
        return max(1, int(x.shape[-1] * self.keep_ratio))

    def construct(self, x):
        scores = self.scorer(x)
        k = self._k(x)
        _, idx = ops.topk(scores, k)
        mask = ops.zeros_like(scores)
        mask = ops.tensor_scatter_elements(mask, idx, ops.ones_like(idx).astype(mask.dtype), axis=1)
        return self.head(x * mask * ops.sigmoid(scores))


def make():
    np.random.seed(41)
    ms.set_seed(41)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return TopKFeatureMask(), (x,)
