# case: box-least-squares style transit search with a sliding box via cumsum differences for a constructor-set box width -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxTransitSearch(nn.Cell):
    def __init__(self, box_width=4):
        super().__init__()
        self.box_width = box_width

    def construct(self, flux):
        norm = flux / flux.mean(axis=-1, keep_dims=True)
        cs = ops.cumsum(norm, axis=-1)
        pad = ops.zeros(norm.shape[:-1] + (1,), norm.dtype)
        cs = ops.concat((pad, cs), axis=-1)
        w = self.box_width
        box_mean = (cs[..., w:] - cs[..., :-w]) / w
        depth = 1.0 - box_mean
        return depth.max(axis=-1), ops.argmax(depth, dim=-1)


def make():
    np.random.seed(47)
    flux = (1.0 + 0.001 * np.random.randn(3, 48)).astype(np.float32)
    flux[0, 20:24] -= 0.01
    flux[2, 5:9] -= 0.02
    return BoxTransitSearch(), (Tensor(flux),)
