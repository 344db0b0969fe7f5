# case: StyleGAN2 modulated fully-connected layer with per-sample weight modulation, demodulation flag and batched matmul -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ModulatedDense(nn.Cell):
    def __init__(self, in_dim=8, out_dim=6, w_dim=4, demodulate=True, eps=1e-8):
        super().__init__()
        rng = np.random.RandomState(21)
        self.weight = Parameter(Tensor(rng.randn(out_dim, in_dim).astype(np.float32)), name="weight")
        self.affine = nn.Dense(w_dim, in_dim, bias_init="ones")
        self.scale = 1.0 / math.sqrt(in_dim)
        self.demodulate = demodulate
        self.eps = eps

    def modulated_weight(self, style):
        # (B, out, in)
        w = self.weight.expand_dims(0) * self.scale * style.expand_dims(1)
        if self.demodulate:
            d = ops.rsqrt((w * w).sum(axis=2, keepdims=True) + self.eps)
            w = w * d
        return w

    def construct(self, x, w_latent):
        style = self.affine(w_latent)
        weight = self.modulated_weight(style)
        out = ops.bmm(weight, x.expand_dims(-1)).squeeze(-1)
        return ops.leaky_relu(out, 0.2) * math.sqrt(2.0)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    w = Tensor(np.random.randn(3, 4).astype(np.float32))
    return ModulatedDense(), (x, w)
