# case: Gumbel-max residue sampling with a tensor temperature clamped by ops.maximum and fixed-shape noise -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GumbelResidueSampler(nn.Cell):
    def __init__(self, d_model=16, vocab=20, min_temp=1e-3, exclude_cys=True):
        super().__init__()
        self.head = nn.Dense(d_model, vocab)
        self.min_temp = min_temp
        bias = np.zeros((vocab,), np.float32)
        if exclude_cys:
            bias[4] = -1e9
        self.aa_bias = Tensor(bias)

    def construct(self, hidden, temperature, noise):
        t = ops.maximum(temperature, Tensor(self.min_temp, ms.float32))
        logits = (self.head(hidden) + self.aa_bias) / t
        gumbel = -ops.log(-ops.log(noise + 1e-9) + 1e-9)
        return ops.argmax(logits + gumbel, dim=-1)


def make():
    np.random.seed(20)
    hidden = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    noise = Tensor(np.random.rand(2, 12, 20).astype(np.float32))
    return GumbelResidueSampler(), (hidden, Tensor(0.7, ms.float32), noise)
