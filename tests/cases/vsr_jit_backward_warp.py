# case: @ms.jit function that backward-warps an image by a flow field with grid_sample, grid built from img.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def backward_warp(img, flow):
    b, c, h, w = img.shape
    ys = ops.arange(0, h, dtype=ms.float32)
    xs = ops.arange(0, w, dtype=ms.float32)
    gy, gx = ops.meshgrid(ys, xs, indexing="ij")
    x_new = gx.expand_dims(0) + flow[:, 0]
    y_new = gy.expand_dims(0) + flow[:, 1]
    x_norm = 2.0 * x_new / (w - 1) - 1.0
    y_norm = 2.0 * y_new / (h - 1) - 1.0
    grid = ops.stack((x_norm, y_norm), axis=-1)
    warped = ops.grid_sample(img, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
    ones = ops.ones((b, 1, h, w), img.dtype)
    valid = ops.grid_sample(ones, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
    return warped * (valid > 0.999).astype(img.dtype)


def make():
    np.random.seed(35)
    img = Tensor(np.random.rand(2, 3, 9, 11).astype(np.float32))
    flow = Tensor(np.random.randn(2, 2, 9, 11).astype(np.float32))
    return backward_warp, (img, flow)
