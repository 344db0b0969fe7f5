# case: TemporalDense subclasses nn.Dense to project (B, T, C) frame features by flattening time into batch and restoring it via shape values -> shape-only reshapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjConfig:
    in_dim = 16
    out_dim = 12
    use_bias = True
    activation = None


class TemporalDense(nn.Dense):
    """Dense layer applied frame-wise to (B, T, C) inputs."""

    def __init__(self, in_channels, out_channels, has_bias=True, activation=None):
        super().__init__(in_channels, out_channels, has_bias=has_bias, activation=activation)

    def construct(self, x):
        b, t = x.shape[0], x.shape[1]
        y = super().construct(x.reshape(b * t, -1))
        return y.reshape(b, t, -1)


class FrameProjector(nn.Cell):
    def __init__(self, config=ProjConfig):
        super().__init__()
        self.fc = TemporalDense(config.in_dim, config.out_dim, has_bias=config.use_bias,
                                activation=config.activation)
        self.norm = nn.LayerNorm((config.out_dim,))

    def construct(self, frames):
        return self.norm(self.fc(frames))


def make():
    np.random.seed(134)
    frames = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return FrameProjector(), (frames,)
