# case: a construct argument built as Tensor(scores > 0.5, ms.int32) (the comparison cast to int32 by the dtype given) indexes the logits: integer indices, the result keeps the index's length, static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class PickByIndex(nn.Cell):
    def construct(self, logits, picks):
        chosen = logits[picks]
        return chosen.sum()


def make():
    np.random.seed(0)
    return PickByIndex(), (Tensor(np.random.rand(6).astype(np.float32)), Tensor(np.random.rand(6) > 0.5, ms.int32))
