# case: progressive-growing generator block with a Parameter fade-in alpha blended arithmetically (no host read) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GrowingGenerator(nn.Cell):
    def __init__(self, ch=8, stage=1, fade_in=True):
        super().__init__()
        self.stages = nn.CellList([
            nn.SequentialCell([nn.Conv2d(ch, ch, 3, pad_mode="same"), nn.LeakyReLU(0.2)])
            for _ in range(stage + 1)
        ])
        self.to_rgb = nn.CellList([nn.Conv2d(ch, 3, 1, has_bias=True) for _ in range(stage + 1)])
        self.alpha = Parameter(Tensor(0.25, ms.float32), name="alpha", requires_grad=False)
        self.stage = stage
        self.fade_in = fade_in

    def _up(self, x):
        return ops.interpolate(x, scale_factor=2.0, mode="nearest", recompute_scale_factor=True)

    def construct(self, x):
        prev = x
        for i in range(self.stage):
            x = self.stages[i](x)
            prev = x
            x = self._up(x)
        x = self.stages[self.stage](x)
        rgb = self.to_rgb[self.stage](x)
        if self.fade_in and self.stage > 0:
            skip = self._up(self.to_rgb[self.stage - 1](prev))
            a = ops.clamp(self.alpha, 0.0, 1.0)
            rgb = skip + a * (rgb - skip)
        return ops.tanh(rgb)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return GrowingGenerator(), (x,)
