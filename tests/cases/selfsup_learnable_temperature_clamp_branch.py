# case: CLIP-style learnable logit scale clamped with an if on its tensor value; both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LearnableTemperatureContrast(nn.Cell):
    def __init__(self, dim=16, init_temp=0.07, max_scale=100.0):
        super().__init__()
        self.logit_scale = Parameter(Tensor(np.log(1 / init_temp), ms.float32), name="logit_scale")
        self.max_scale = max_scale
        self.img_proj = nn.Dense(dim, dim, has_bias=False)
        self.txt_proj = nn.Dense(dim, dim, has_bias=False)
        self.norm = ops.L2Normalize(axis=-1)

    def current_scale(self):
        scale = ops.exp(self.logit_scale)
        if scale > self.max_scale:
            scale = ops.full_like(scale, self.max_scale)
        return scale

    def construct(self, img, txt):
        zi = self.norm(self.img_proj(img))
        zt = self.norm(self.txt_proj(txt))
        logits = self.current_scale() * ops.matmul(zi, zt.T)
        labels = ops.arange(img.shape[0], dtype=ms.int32)
        return 0.5 * (ops.cross_entropy(logits, labels) + ops.cross_entropy(logits.T, labels))


def make():
    np.random.seed(33)
    img = Tensor(np.random.randn(5, 16).astype(np.float32))
    txt = Tensor(np.random.randn(5, 16).astype(np.float32))
    return LearnableTemperatureContrast(), (img, txt)
