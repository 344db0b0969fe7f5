# case: jit function that clips alpha, composites foreground over a new background and returns premultiplied foreground -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def blend_portrait(fg, bg, alpha):
    a = ops.clamp(alpha, 0.0, 1.0)
    if a.ndim == 3:
        a = a.expand_dims(1)
    comp = a * fg + (1.0 - a) * bg
    premul = a * fg
    return comp, premul


def make():
    np.random.seed(37)
    fg = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    bg = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    alpha = Tensor((np.random.rand(2, 10, 10) * 1.2 - 0.1).astype(np.float32))
    return blend_portrait, (fg, bg, alpha)
