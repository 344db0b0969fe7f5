# case: fusion model reads hyper-parameters from an @ms.jit_class config object (read-only) inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FusionConfig:
    def __init__(self, hidden=16, num_heads=2, fusion="gated", residual_scale=0.5):
        self.hidden = hidden
        self.num_heads = num_heads
        self.fusion = fusion
        self.residual_scale = residual_scale

    def head_dim(self):
        return self.hidden // self.num_heads


class ConfiguredFusion(nn.Cell):
    def __init__(self, img_dim=20, txt_dim=12, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else FusionConfig()
        self.img = nn.Dense(img_dim, self.cfg.hidden)
        self.txt = nn.Dense(txt_dim, self.cfg.hidden)
        self.gate = nn.Dense(2 * self.cfg.hidden, self.cfg.hidden, activation="sigmoid")

    def construct(self, image, text):
        i, t = self.img(image), self.txt(text)
        if self.cfg.fusion == "gated":
            g = self.gate(ops.concat((i, t), axis=-1))
            z = g * i + (1 - g) * t
        else:
            z = i + t
        z = z + self.cfg.residual_scale * i
        return z.reshape(z.shape[0], self.cfg.num_heads, self.cfg.head_dim())


def make():
    np.random.seed(37)
    net = ConfiguredFusion()
    img = Tensor(np.random.randn(3, 20).astype(np.float32))
    txt = Tensor(np.random.randn(3, 12).astype(np.float32))
    return net, (img, txt)
