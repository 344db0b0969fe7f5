# case: contrastive step prints a formatted f-string of the loss and logit scale with float() conversions -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VerboseContrastive(nn.Cell):
    def __init__(self, dim=16, verbose=True):
        super().__init__()
        self.img = nn.Dense(dim, dim)
        self.txt = nn.Dense(dim, dim)
        self.logit_scale = Parameter(Tensor(2.659, ms.float32), name="logit_scale")
        self.verbose = verbose

    def loss(self, logits):
        labels = ops.arange(logits.shape[0], dtype=ms.int32)
        return (ops.cross_entropy(logits, labels) + ops.cross_entropy(logits.T, labels)) / 2

    def construct(self, images, texts):
        i = ops.L2Normalize(axis=-1)(self.img(images))
        t = ops.L2Normalize(axis=-1)(self.txt(texts))
        scale = ops.exp(self.logit_scale)
        logits = scale * ops.matmul(i, t.T)
        loss = self.loss(logits)
        if self.verbose:
            print(f"contrastive loss={float(loss):.4f} scale={float(scale):.2f}")
        return loss


def make():
    np.random.seed(33)
    net = VerboseContrastive()
    img = Tensor(np.random.randn(4, 16).astype(np.float32))
    txt = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (img, txt)
