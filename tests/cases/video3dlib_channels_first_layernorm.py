# case: LayerNorm3d subclass of nn.LayerNorm normalizes (B, C, T, H, W) video features over channels, its affine Parameters are created in a helper called by __init__ -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    def __init__(self, channels=8, eps=1e-6, elementwise_affine=True):
        self.channels = channels
        self.eps = eps
        self.elementwise_affine = elementwise_affine


class LayerNorm3d(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.channels,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=config.eps)
        self.elementwise_affine = config.elementwise_affine
        self._create_channel_affine(config.channels)

    def _create_channel_affine(self, channels):
        self.channel_scale = Parameter(Tensor(np.ones((1, channels, 1, 1, 1), np.float32)), name="channel_scale")
        self.channel_shift = Parameter(Tensor(np.zeros((1, channels, 1, 1, 1), np.float32)), name="channel_shift")

    def construct(self, x):
        x = x.transpose(0, 2, 3, 4, 1)
        x = super().construct(x)
        x = x.transpose(0, 4, 1, 2, 3)
        if self.elementwise_affine:
            x = x * self.channel_scale + self.channel_shift
        return x


class ConvNormBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv3d(3, config.channels, 3, pad_mode="same")
        self.norm = LayerNorm3d(config)

    def construct(self, video):
        return ops.gelu(self.norm(self.conv(video)))


def make():
    np.random.seed(135)
    video = Tensor(np.random.randn(1, 3, 4, 8, 8).astype(np.float32))
    return ConvNormBlock(NormConfig()), (video,)
