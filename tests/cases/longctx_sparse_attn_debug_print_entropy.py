# case: sparse-attention block with a verbose flag (on by default) that prints the attention entropy converted with float() and formatted in an f-string -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntropyLoggedAttention(nn.Cell):
    def __init__(self, dim=8, window=2, verbose=True):
        super().__init__()
        self.window = window
        self.verbose = verbose
        self.qkv = nn.Dense(dim, 3 * dim)

    def band_mask(self, s):
        pos = ops.arange(s)
        dist = ops.abs(pos.reshape(-1, 1) - pos.reshape(1, -1))
        return dist <= self.window

    def construct(self, x):
        s, d = x.shape[-2], x.shape[-1]
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (d ** 0.5)
        scores = ops.masked_fill(scores, ~self.band_mask(s), -1e9)
        probs = ops.softmax(scores, axis=-1)
        if self.verbose:
            entropy = -(probs * ops.log(probs + 1e-9)).sum(-1).mean()
            print(f"attention entropy: {float(entropy):.4f}")
        return ops.matmul(probs, v)


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return EntropyLoggedAttention(), (x,)
