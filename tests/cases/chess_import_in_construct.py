# case: Elo expectation head imports math inside construct to get log(10) for the logistic curve -> import statement inside the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EloExpectation(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.rating_head = nn.Dense(dim, 1)

    def construct(self, white_feat, black_feat):
        import math
        r_white = self.rating_head(white_feat) * 400.0 + 1500.0
        r_black = self.rating_head(black_feat) * 400.0 + 1500.0
        diff = (r_black - r_white) / 400.0
        return 1.0 / (1.0 + ops.exp(diff * math.log(10.0)))


def make():
    np.random.seed(34)
    w = Tensor(np.random.randn(3, 16).astype(np.float32))
    b = Tensor(np.random.randn(3, 16).astype(np.float32))
    return EloExpectation(), (w, b)
