# case: sparsemax feature gate computes tau from sorted scores sliced to support size k read from tensor data -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsemaxFeatureGate(nn.Cell):
    """Instance-wise feature selection: sparsemax over per-feature logits (single-row serving path)."""

    def __init__(self, n_features=8, temperature=1.0):
        super().__init__()
        self.score = nn.Dense(n_features, n_features)
        self.n_features = n_features
        self.temperature = temperature

    def _threshold(self, z):
        z_sorted, _ = ops.sort(z, descending=True)
        rng = ops.arange(1, self.n_features + 1).astype(z.dtype)
        cumsum = ops.cumsum(z_sorted, axis=0)
        in_support = (1 + rng * z_sorted) > cumsum
        k = int(in_support.astype(ms.int32).sum())
        # tau = (sum of the top-k scores - 1) / k
        tau = (z_sorted[:k].sum() - 1) / k
        return tau

    def construct(self, x):
        logits = self.score(x)[0] / self.temperature
        tau = self._threshold(logits)
        gate = ops.relu(logits - tau)
        return x * gate, gate


def make():
    np.random.seed(0)
    ms.set_seed(0)
    x = Tensor(np.random.randn(1, 8).astype(np.float32))
    return SparsemaxFeatureGate(), (x,)
