# case: multi-projector dome rendering passes the star frame through a CellList of per-projector colour correction stages and sums weighted outputs -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColourStage(nn.Cell):
    def __init__(self, channels, warmth):
        super().__init__()
        self.mix = nn.Conv2d(channels, channels, 1, has_bias=True)
        self.warmth = warmth

    def construct(self, x):
        return ops.sigmoid(self.mix(x)) * self.warmth


class DomeProjectorStack(nn.Cell):
    def __init__(self, n_projectors=4, channels=3, use_blend=True):
        super().__init__()
        self.stages = nn.CellList([ColourStage(channels, 1.0 - 0.05 * i) for i in range(n_projectors)])
        self.use_blend = use_blend
        self.n = n_projectors

    def construct(self, frame, blend_weights):
        out = ops.zeros_like(frame)
        for i in range(self.n):
            y = self.stages[i](frame)
            if self.use_blend:
                y = y * blend_weights[i]
            out = out + y
        return out / self.n


def make():
    np.random.seed(364)
    frame = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    bw = Tensor(np.random.rand(4, 1, 1, 16, 16).astype(np.float32))
    return DomeProjectorStack(), (frame, bw)
