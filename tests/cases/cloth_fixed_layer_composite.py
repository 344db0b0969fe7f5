# case: back-to-front compositing over a fixed number of garment layers (constructor argument) with per-layer weights masked by a validity vector -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLayerCompositor(nn.Cell):
    def __init__(self, max_layers=4):
        super().__init__()
        self.max_layers = max_layers

    def construct(self, body_rgb, layer_rgb, layer_alpha, layer_valid):
        out = body_rgb
        for i in range(self.max_layers):
            a = layer_alpha[i] * layer_valid[i]
            out = a * layer_rgb[i] + (1 - a) * out
        return out


def make():
    np.random.seed(33)
    body = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    rgb = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    alpha = Tensor(np.random.rand(4, 1, 8, 8).astype(np.float32))
    valid = Tensor(np.array([1, 1, 0, 0], np.float32))
    return FixedLayerCompositor(), (body, rgb, alpha, valid)
