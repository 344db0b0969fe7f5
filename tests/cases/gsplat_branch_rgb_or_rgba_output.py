# case: returns RGB or RGBA depending on whether the mean accumulated alpha of the render is above a tensor threshold -> branches on tensor value return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RenderHead(nn.Cell):
    def __init__(self, alpha_cutoff=0.5):
        super().__init__()
        self.alpha_cutoff = alpha_cutoff

    def composite(self, weights, colors):
        rgb = (weights.expand_dims(-1) * colors).sum(axis=1)
        acc = weights.sum(axis=1, keepdims=True)
        return rgb, acc

    def construct(self, weights, colors):
        rgb, acc = self.composite(weights, colors)
        if acc.mean() > self.alpha_cutoff:
            out = rgb
        else:
            out = ops.concat([rgb, acc], axis=-1)
        return out


def make():
    np.random.seed(18)
    w = Tensor(np.random.uniform(0, 0.2, (10, 6)).astype(np.float32))
    colors = Tensor(np.random.rand(10, 6, 3).astype(np.float32))
    return RenderHead(), (w, colors)
