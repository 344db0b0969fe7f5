# case: always concatenates both hands but zeroes the left hand per frame with ops.where when it is absent -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BimanualEncoder(nn.Cell):
    def __init__(self, joints=21, dim=3, hidden=24, presence_thr=0.5):
        super().__init__()
        self.presence_thr = presence_thr
        self.encoder = nn.Dense(2 * joints * dim, hidden)
        self.act = nn.GELU()

    def construct(self, left, right, left_presence, right_presence):
        t = left.shape[0]
        l = left.reshape(t, -1)
        r = right.reshape(t, -1)
        l_on = (left_presence > self.presence_thr).reshape(t, 1)
        r_on = (right_presence > self.presence_thr).reshape(t, 1)
        l = ops.where(l_on, l, ops.zeros_like(l))
        r = ops.where(r_on, r, ops.zeros_like(r))
        both = ops.concat((l, r), axis=-1)
        return self.act(self.encoder(both))


def make():
    np.random.seed(11)
    left = Tensor(np.random.randn(6, 21, 3).astype(np.float32))
    right = Tensor(np.random.randn(6, 21, 3).astype(np.float32))
    lp = Tensor(np.random.rand(6).astype(np.float32))
    rp = Tensor(np.random.rand(6).astype(np.float32))
    return BimanualEncoder(), (left, right, lp, rp)
