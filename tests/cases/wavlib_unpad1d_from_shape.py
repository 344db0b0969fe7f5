# case: codec decoder removes the padding added by the encoder with an unpad1d helper whose end index comes from x.shape and config ints -> Graph mode treats the slice bounds as constants (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, latent_dim=16, hop=4, kernel_size=7, causal=True, trim_right_ratio=1.0):
        self.latent_dim = latent_dim
        self.hop = hop
        self.kernel_size = kernel_size
        self.causal = causal
        self.trim_right_ratio = trim_right_ratio


def unpad1d(x, paddings):
    left, right = paddings
    assert left >= 0 and right >= 0, (left, right)
    end = x.shape[-1] - right
    return x[..., left:end]


class SConvTranspose1d(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.convtr = nn.Conv1dTranspose(config.latent_dim, 8, config.kernel_size, stride=config.hop,
                                         pad_mode="valid", has_bias=True)
        self.causal = config.causal
        self.trim_right_ratio = config.trim_right_ratio
        self.padding_total = config.kernel_size - config.hop

    def construct(self, x):
        y = self.convtr(x)
        if self.causal:
            padding_right = int(self.padding_total * self.trim_right_ratio)
            padding_left = self.padding_total - padding_right
        else:
            padding_right = self.padding_total // 2
            padding_left = self.padding_total - padding_right
        return unpad1d(y, (padding_left, padding_right))


def make():
    np.random.seed(3597)
    layer = SConvTranspose1d(DecoderConfig())
    latents = Tensor(np.random.randn(2, 16, 25).astype(np.float32))
    return layer, (latents,)
