# case: feedback suppressor guards its spectral normalisation with an epsilon instead of exception handling -> plain ops, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedbackSuppressor(nn.Cell):
    def __init__(self, n_bins=64, eps=1e-6):
        super().__init__()
        self.gate = nn.Dense(n_bins, n_bins)
        self.eps = eps

    def construct(self, frame):
        energy = ops.sqrt((frame * frame).sum(axis=-1, keepdims=True))
        norm = frame / (energy + self.eps)
        g = ops.sigmoid(self.gate(norm))
        return frame * (1.0 - g)


def make():
    np.random.seed(132)
    frame = Tensor(np.random.rand(4, 64).astype(np.float32))
    return FeedbackSuppressor(), (frame,)
