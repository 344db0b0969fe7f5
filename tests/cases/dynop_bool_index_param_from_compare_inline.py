# case: a construct argument the factory builds as Tensor(scores > 0.5) (a comparison, no dtype given) indexes the logits: a boolean mask, the result's length is data
import numpy as np
from mindspore import nn, Tensor


class PickLegal(nn.Cell):
    def construct(self, logits, legal):
        chosen = logits[legal]
        return chosen.sum()


def make():
    np.random.seed(0)
    return PickLegal(), (Tensor(np.random.rand(6).astype(np.float32)), Tensor(np.random.rand(6) > 0.5))
