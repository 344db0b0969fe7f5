# case: garment layer stack sliced to the number of worn layers given as a tensor before alpha compositing -> slice bound from tensor value, not static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerCompositor(nn.Cell):
    """Composites worn garment layers back-to-front over the body render."""

    def __init__(self, max_layers=4):
        super().__init__()
        self.max_layers = max_layers

    def construct(self, body_rgb, layer_rgb, layer_alpha, num_layers):
        rgb = layer_rgb[:num_layers]
        alpha = layer_alpha[:num_layers]
        out = body_rgb
        for i in range(rgb.shape[0]):
            out = alpha[i] * rgb[i] + (1 - alpha[i]) * out
        return out


def make():
    np.random.seed(3)
    body = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    rgb = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    alpha = Tensor(np.random.rand(4, 1, 8, 8).astype(np.float32))
    n = Tensor(2, ms.int32)
    return LayerCompositor(), (body, rgb, alpha, n)
