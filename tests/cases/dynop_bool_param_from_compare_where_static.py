# case: a construct argument built as Tensor(scores > 0.5) chooses between the logits and a floor with ops.where: a bool mask used element-wise keeps the shape, static
import numpy as np
from mindspore import nn, ops, Tensor


class MaskLegal(nn.Cell):
    def construct(self, logits, legal):
        floor = ops.full_like(logits, -1e9)
        kept = ops.where(legal, logits, floor)
        return ops.softmax(kept, -1)


def make():
    np.random.seed(0)
    return MaskLegal(), (Tensor(np.random.rand(6).astype(np.float32)), Tensor(np.random.rand(6) > 0.5))
