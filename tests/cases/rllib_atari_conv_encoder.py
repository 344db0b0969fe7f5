# case: Atari pixel encoder subclasses nn.Conv2d (scaled-input conv) and nn.LayerNorm, loops enumerate over an nn.CellList and flattens with x.shape[0] -> shapes and indices are all static, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass, field

PIXEL_SCALE = 1.0 / 255.0


@dataclass
class AtariEncoderConfig:
    in_channels: int = 4
    channels: tuple = (16, 32)
    kernels: tuple = (4, 3)
    strides: tuple = (2, 2)
    feature_dim: int = 64
    image_size: int = 24
    extra: dict = field(default_factory=dict)


class ScaledConv2d(nn.Conv2d):
    def __init__(self, *args, input_scale=1.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.input_scale = input_scale

    def construct(self, x):
        return super().construct(x * self.input_scale)


class FeatureNorm(nn.LayerNorm):
    def construct(self, x):
        return ops.tanh(super().construct(x))


class AtariEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        convs, in_c, size = [], config.in_channels, config.image_size
        for i, (out_c, k, s) in enumerate(zip(config.channels, config.kernels, config.strides)):
            scale = PIXEL_SCALE if i == 0 else 1.0
            convs.append(ScaledConv2d(in_c, out_c, k, stride=s, pad_mode="valid", input_scale=scale))
            in_c, size = out_c, (size - k) // s + 1
        self.convs = nn.CellList(convs)
        self.fc = nn.Dense(in_c * size * size, config.feature_dim)
        self.norm = FeatureNorm((config.feature_dim,))

    def construct(self, frames):
        x = frames
        for i, conv in enumerate(self.convs):
            x = ops.relu(conv(x))
        x = x.reshape(x.shape[0], -1)
        return self.norm(self.fc(x))


def make():
    np.random.seed(173)
    cfg = AtariEncoderConfig()
    frames = Tensor(np.random.randint(0, 256, (2, 4, 24, 24)).astype(np.float32))
    return AtariEncoder(cfg), (frames,)
