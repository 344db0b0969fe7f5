# case: renderer chooses between SH-derived colours and precomputed RGB with a Python bool flag set in the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DCColor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c0 = 0.28209479177387814

    def construct(self, sh_dc):
        return ops.clamp(self.c0 * sh_dc + 0.5, 0.0, 1.0)


class SplatShader(nn.Cell):
    def __init__(self, use_sh=True, gamma=1.0):
        super().__init__()
        self.use_sh = use_sh
        self.gamma = gamma
        self.dc = DCColor()

    def construct(self, sh_dc, rgb_precomp, opacity):
        if self.use_sh:
            color = self.dc(sh_dc)
        else:
            color = rgb_precomp
        if self.gamma != 1.0:
            color = ops.pow(color, 1.0 / self.gamma)
        return color * opacity.expand_dims(-1)


def make():
    np.random.seed(31)
    sh_dc = Tensor(np.random.randn(16, 3).astype(np.float32))
    rgb = Tensor(np.random.rand(16, 3).astype(np.float32))
    opacity = Tensor(np.random.rand(16).astype(np.float32))
    return SplatShader(gamma=2.2), (sh_dc, rgb, opacity)
