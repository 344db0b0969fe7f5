# case: CTCGreedyDecoder primitive on logits
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.decode = P.CTCGreedyDecoder()

    def construct(self, logits, lengths):
        idx, vals, shape, prob = self.decode(logits, lengths)
        return vals + 1


def make():
    lg = np.random.RandomState(0).rand(4, 2, 3).astype(np.float32)
    return Net(), (Tensor(lg), Tensor(np.array([4, 3], np.int32)))
