# case: logit scale clamped with a Python `if` on a tensor value; both branches keep a scalar shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClampedScaleCLIP(nn.Cell):
    def __init__(self, img_dim=20, txt_dim=12, dim=16, max_scale=50.0, label_smoothing=0.1):
        super().__init__()
        self.visual = nn.SequentialCell([nn.Dense(img_dim, dim), nn.GELU(), nn.Dense(dim, dim)])
        self.textual = nn.SequentialCell([nn.Dense(txt_dim, dim), nn.GELU(), nn.Dense(dim, dim)])
        self.logit_scale = Parameter(Tensor(np.log(100.0), ms.float32), name="logit_scale")
        self.max_scale = max_scale
        self.ce = nn.CrossEntropyLoss(label_smoothing=label_smoothing)

    def get_scale(self):
        scale = ops.exp(self.logit_scale)
        if scale > self.max_scale:
            scale = ops.ones_like(scale) * self.max_scale
        return scale

    def construct(self, images, texts):
        v = ops.L2Normalize(axis=-1)(self.visual(images))
        t = ops.L2Normalize(axis=-1)(self.textual(texts))
        logits = self.get_scale() * ops.matmul(v, t.T)
        targets = ops.arange(logits.shape[0], dtype=ms.int32)
        return 0.5 * (self.ce(logits, targets) + self.ce(logits.T, targets))


def make():
    np.random.seed(38)
    net = ClampedScaleCLIP()
    img = Tensor(np.random.randn(4, 20).astype(np.float32))
    txt = Tensor(np.random.randn(4, 12).astype(np.float32))
    return net, (img, txt)
