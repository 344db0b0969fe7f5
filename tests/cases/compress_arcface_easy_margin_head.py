# case: ArcFace additive angular margin head with easy_margin flag, threshold fallback via ops.where and scale s -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ArcMarginProduct(nn.Cell):
    def __init__(self, in_features=8, out_features=5, s=32.0, m=0.4, easy_margin=False):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32)), name="W")
        self.s = s
        self.easy_margin = easy_margin
        self.cos_m, self.sin_m = math.cos(m), math.sin(m)
        self.th = math.cos(math.pi - m)
        self.mm = math.sin(math.pi - m) * m
        self.out_features = out_features

    def construct(self, x, label):
        x_n = x / ops.norm(x, dim=1, keepdim=True)
        w_n = self.weight / ops.norm(self.weight, dim=1, keepdim=True)
        cosine = ops.matmul(x_n, w_n.T)
        sine = ops.sqrt(ops.clamp(1.0 - cosine * cosine, 0.0, 1.0))
        phi = cosine * self.cos_m - sine * self.sin_m
        if self.easy_margin:
            phi = ops.where(cosine > 0, phi, cosine)
        else:
            phi = ops.where(cosine > self.th, phi, cosine - self.mm)
        one_hot = ops.one_hot(label, self.out_features, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (one_hot * phi + (1.0 - one_hot) * cosine) * self.s


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    y = Tensor(np.array([4, 1, 0], np.int32))
    return ArcMarginProduct(), (x, y)
