# case: front-to-back occlusion handling of depth-ordered garment layers with cumprod transmittance -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthOrderedComposite(nn.Cell):
    def construct(self, rgb, alpha, depth):
        # rgb: (L, 3, H, W), alpha: (L, 1, H, W), depth: (L,)
        order = ops.argsort(depth)
        rgb = ops.gather(rgb, order, 0)
        alpha = ops.gather(alpha, order, 0)
        trans = ops.cumprod(1.0 - alpha, 0)
        ones = ops.ones_like(trans[:1])
        trans = ops.concat([ones, trans[:-1]], axis=0)
        weights = alpha * trans
        return (weights * rgb).sum(axis=0), weights.sum(axis=0)


def make():
    np.random.seed(44)
    rgb = Tensor(np.random.rand(4, 3, 8, 8).astype(np.float32))
    alpha = Tensor(np.random.rand(4, 1, 8, 8).astype(np.float32))
    depth = Tensor(np.random.rand(4).astype(np.float32))
    return DepthOrderedComposite(), (rgb, alpha, depth)
