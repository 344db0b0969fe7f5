# case: StyleGAN2 modulated conv as an nn.Conv2d subclass calling super().construct, demodulation switched by a config flag and weights demodulated with shape-derived reshapes -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SynthesisConfig:
    def __init__(self, w_dim=16, demodulate=True, eps=1e-8, fused_modconv=False):
        self.w_dim = w_dim
        self.demodulate = demodulate
        self.eps = eps
        self.fused_modconv = fused_modconv


class ModulatedConv2d(nn.Conv2d):
    def __init__(self, config, in_channels, out_channels, kernel_size=3):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="same", has_bias=False)
        self.demodulate = getattr(config, "demodulate", True)
        self.eps = config.eps
        self.affine = nn.Dense(config.w_dim, in_channels, bias_init="ones")

    def _demod_coefs(self, styles):
        w = self.weight.expand_dims(0) * styles.reshape(styles.shape[0], 1, -1, 1, 1)
        return ops.rsqrt(ops.square(w).sum(axis=(2, 3, 4)) + self.eps)

    def construct(self, x, w):
        styles = self.affine(w)
        x = x * styles.reshape(x.shape[0], -1, 1, 1)
        x = super().construct(x)
        if self.demodulate:
            dcoefs = self._demod_coefs(styles)
            x = x * dcoefs.reshape(x.shape[0], -1, 1, 1)
        return x


class SynthesisLayer(nn.Cell):
    def __init__(self, config, in_channels, out_channels):
        super().__init__()
        self.conv = ModulatedConv2d(config, in_channels, out_channels)
        self.bias = ms.Parameter(Tensor(np.zeros((1, out_channels, 1, 1), np.float32)), name="bias")
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x, w):
        return self.act(self.conv(x, w) + self.bias) * np.sqrt(2.0)


def make():
    np.random.seed(3545)
    net = SynthesisLayer(SynthesisConfig(), 8, 8)
    x = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    w = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (x, w)
