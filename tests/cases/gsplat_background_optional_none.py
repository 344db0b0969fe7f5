# case: composites splat colours over an optional background tensor chosen with an `is None` test on the argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlendOver(nn.Cell):
    def __init__(self, white_bg=True):
        super().__init__()
        self.default_bg = 1.0 if white_bg else 0.0

    def blend_weights(self, alphas):
        trans = ops.cumprod(1.0 - alphas, dim=1)
        prev = ops.concat([ops.ones_like(trans[:, :1]), trans[:, :-1]], axis=1)
        return alphas * prev, trans[:, -1:]

    def construct(self, alphas, colors, background=None):
        w, t_final = self.blend_weights(alphas)
        rgb = ops.matmul(w.expand_dims(1), colors).squeeze(1)
        if background is None:
            rgb = rgb + t_final * self.default_bg
        else:
            rgb = rgb + t_final * background
        return rgb


def make():
    np.random.seed(30)
    alphas = Tensor(np.random.uniform(0, 0.7, (8, 5)).astype(np.float32))
    colors = Tensor(np.random.rand(8, 5, 3).astype(np.float32))
    return BlendOver(), (alphas, colors, None)
