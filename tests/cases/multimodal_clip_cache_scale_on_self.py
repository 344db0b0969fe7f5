# case: CLIP head stores the current temperature and step count on self inside construct for logging -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LoggedClipHead(nn.Cell):
    def __init__(self, dim=16, init_temp=0.07, log_every=10):
        super().__init__()
        self.img = nn.Dense(dim, dim)
        self.txt = nn.Dense(dim, dim)
        self.log_temp = Parameter(Tensor(np.log(1.0 / init_temp), ms.float32), name="log_temp")
        self.log_every = log_every
        self.last_scale = None
        self.steps = 0

    def construct(self, images, texts):
        i = ops.L2Normalize(axis=-1)(self.img(images))
        t = ops.L2Normalize(axis=-1)(self.txt(texts))
        scale = ops.exp(self.log_temp)
        self.last_scale = scale
        self.steps += 1
        logits = scale * ops.matmul(i, t.T)
        labels = ops.arange(images.shape[0], dtype=ms.int32)
        return (ops.cross_entropy(logits, labels) + ops.cross_entropy(logits.T, labels)) * 0.5


def make():
    np.random.seed(32)
    net = LoggedClipHead()
    img = Tensor(np.random.randn(4, 16).astype(np.float32))
    txt = Tensor(np.random.randn(4, 16).astype(np.float32))
    return net, (img, txt)
