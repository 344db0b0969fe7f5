# case: auto-pool whose temperature is computed with math.exp on a learned alpha parameter tensor inside construct -> Graph mode may fail (math on tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AutoPool(nn.Cell):
    def __init__(self, n_classes=5, init_alpha=0.0):
        super().__init__()
        self.log_alpha = Parameter(Tensor(np.full((1,), init_alpha, np.float32)), name="log_alpha")

    def construct(self, frame_probs):
        # frame_probs: (batch, frames, classes)
        alpha = math.exp(self.log_alpha[0])
        weights = ops.softmax(frame_probs * alpha, axis=1)
        return (weights * frame_probs).sum(axis=1)


def make():
    np.random.seed(28)
    probs = Tensor(np.random.rand(2, 16, 5).astype(np.float32))
    return AutoPool(), (probs,)
