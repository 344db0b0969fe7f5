# case: fusion layer wraps optional side-input handling in try/except inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateFusion(nn.Cell):
    def __init__(self, text_dim=8, image_dim=4, out_dim=6, strict_inputs=False):
        super().__init__()
        self.text_proj = nn.Dense(text_dim, out_dim)
        self.image_proj = nn.Dense(image_dim, out_dim)
        self.strict_inputs = strict_inputs

    def _fuse(self, t, i):
        return ops.concat((t, i), axis=-1)

    def construct(self, text, image=None):
        t = self.text_proj(text)
        if image is None:
            return t
        try:
            i = self.image_proj(image)
        except ValueError:
            i = ops.zeros_like(t)
        return self._fuse(t, i)


def make():
    np.random.seed(17)
    text = Tensor(np.random.randn(2, 8).astype(np.float32))
    image = Tensor(np.random.randn(2, 4).astype(np.float32))
    return LateFusion(), (text, image)
