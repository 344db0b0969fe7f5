# case: evaluates spherical-harmonics colour up to a degree fixed in the constructor, using Python ifs on the int degree -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SH_C0 = 0.28209479177387814
SH_C1 = 0.4886025119029199
SH_C2 = (1.0925484305920792, -1.0925484305920792, 0.31539156525252005,
         -1.0925484305920792, 0.5462742152960396)


class SHColor(nn.Cell):
    def __init__(self, degree=2):
        super().__init__()
        self.degree = degree

    def construct(self, sh, dirs):
        x, y, z = dirs[:, 0:1], dirs[:, 1:2], dirs[:, 2:3]
        rgb = SH_C0 * sh[:, 0]
        if self.degree >= 1:
            rgb = rgb - SH_C1 * y * sh[:, 1] + SH_C1 * z * sh[:, 2] - SH_C1 * x * sh[:, 3]
        if self.degree >= 2:
            xx, yy, zz = x * x, y * y, z * z
            rgb = (rgb + SH_C2[0] * x * y * sh[:, 4] + SH_C2[1] * y * z * sh[:, 5]
                   + SH_C2[2] * (2.0 * zz - xx - yy) * sh[:, 6]
                   + SH_C2[3] * x * z * sh[:, 7] + SH_C2[4] * (xx - yy) * sh[:, 8])
        return ops.relu(rgb + 0.5)


def make():
    np.random.seed(15)
    sh = Tensor(np.random.randn(14, 9, 3).astype(np.float32) * 0.2)
    d = np.random.randn(14, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    return SHColor(), (sh, Tensor(d))
