# case: batched sparsemax over feature logits; support size counted per row and tau gathered at index k-1 (fixed shapes) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sparsemax(z, axis=-1):
    n = z.shape[axis]
    z_sorted, _ = ops.sort(z, axis=axis, descending=True)
    rng = ops.arange(1, n + 1).astype(z.dtype)
    cumsum = ops.cumsum(z_sorted, axis=axis)
    support = ((1 + rng * z_sorted) > cumsum).astype(ms.int32)
    k = support.sum(axis=axis, keepdims=True)
    tau_sum = ops.gather_elements(cumsum, axis, k - 1)
    tau = (tau_sum - 1) / k.astype(z.dtype)
    return ops.relu(z - tau)


class SparsemaxSelector(nn.Cell):
    def __init__(self, n_features=7, d_hidden=8):
        super().__init__()
        self.attn = nn.Dense(n_features, n_features)
        self.encoder = nn.Dense(n_features, d_hidden)

    def construct(self, x):
        mask = sparsemax(self.attn(x))
        return self.encoder(x * mask), mask


def make():
    np.random.seed(32)
    ms.set_seed(32)
    x = Tensor(np.random.randn(4, 7).astype(np.float32))
    return SparsemaxSelector(), (x,)
