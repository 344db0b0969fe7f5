# case: contrastive loss turns a learned log-temperature tensor into a Python float with math.exp
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClipLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.log_temp = Parameter(Tensor(np.log(1 / 0.07), ms.float32), name="log_temp")
        self.ce = nn.CrossEntropyLoss()

    def construct(self, img, txt, labels):
        scale = math.exp(self.log_temp)
        logits = ops.matmul(img, txt.T) * scale
        return self.ce(logits, labels)


def make():
    img = Tensor(np.random.randn(3, 4).astype(np.float32))
    txt = Tensor(np.random.randn(3, 4).astype(np.float32))
    return ClipLoss(), (img, txt, Tensor(np.array([0, 1, 2], np.int32)))
