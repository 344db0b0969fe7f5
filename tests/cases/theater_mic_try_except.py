# case: feedback suppressor wraps its spectral normalisation in try/except to fall back to the raw frame -> try statement in construct, expect syntax error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedbackSuppressor(nn.Cell):
    def __init__(self, n_bins=64):
        super().__init__()
        self.gate = nn.Dense(n_bins, n_bins)

    def construct(self, frame):
        try:
            norm = frame / ops.norm(frame, dim=-1, keepdim=True)
        except ZeroDivisionError:
            norm = frame
        g = ops.sigmoid(self.gate(norm))
        return frame * (1.0 - g)


def make():
    np.random.seed(131)
    frame = Tensor(np.random.rand(4, 64).astype(np.float32))
    return FeedbackSuppressor(), (frame,)
