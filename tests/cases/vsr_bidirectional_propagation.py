# case: BasicVSR bidirectional propagation with backward pass into a preallocated Python list and forward fusion, loops over x.shape -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BidirectionalVSR(nn.Cell):
    def __init__(self, ch=3, mid=6):
        super().__init__()
        self.mid = mid
        self.backward_cell = nn.Conv2d(ch + mid, mid, 3, pad_mode="same")
        self.forward_cell = nn.Conv2d(ch + 2 * mid, mid, 3, pad_mode="same")
        self.head = nn.Conv2d(mid, ch, 3, pad_mode="same")
        self.act = nn.LeakyReLU(0.1)

    def construct(self, lrs):
        b, t, c, h, w = lrs.shape
        zeros = ops.zeros((b, self.mid, h, w), lrs.dtype)
        back_feats = [zeros] * t
        state = zeros
        for i in range(t - 1, -1, -1):
            state = self.act(self.backward_cell(ops.cat((lrs[:, i], state), axis=1)))
            back_feats[i] = state
        state = zeros
        outs = []
        for i in range(t):
            state = self.act(self.forward_cell(ops.cat((lrs[:, i], back_feats[i], state), axis=1)))
            outs.append(self.head(state) + lrs[:, i])
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(26)
    x = Tensor(np.random.rand(1, 4, 3, 6, 6).astype(np.float32))
    return BidirectionalVSR(), (x,)
