# case: RAFT-style ConvGRU update loop with a fixed iteration count from __init__, predictions stacked -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvGRU(nn.Cell):
    def __init__(self, hidden=8, inp=6):
        super().__init__()
        self.convz = nn.Conv2d(hidden + inp, hidden, 3, pad_mode='same')
        self.convr = nn.Conv2d(hidden + inp, hidden, 3, pad_mode='same')
        self.convq = nn.Conv2d(hidden + inp, hidden, 3, pad_mode='same')

    def construct(self, h, x):
        hx = ops.cat([h, x], axis=1)
        z = ops.sigmoid(self.convz(hx))
        r = ops.sigmoid(self.convr(hx))
        q = ops.tanh(self.convq(ops.cat([r * h, x], axis=1)))
        return (1 - z) * h + z * q


class RAFTUpdater(nn.Cell):
    def __init__(self, hidden=8, ctx=4, iters=4):
        super().__init__()
        self.iters = iters
        self.gru = ConvGRU(hidden, ctx + 2)
        self.flow_head = nn.Conv2d(hidden, 2, 3, pad_mode='same')

    def construct(self, net, ctx, flow):
        predictions = []
        for _ in range(self.iters):
            net = self.gru(net, ops.cat([ctx, flow], axis=1))
            flow = flow + self.flow_head(net)
            predictions.append(flow)
        return ops.stack(predictions, axis=0)


def make():
    np.random.seed(23)
    net = Tensor(np.random.randn(1, 8, 5, 6).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 4, 5, 6).astype(np.float32))
    flow = Tensor(np.zeros((1, 2, 5, 6), np.float32))
    return RAFTUpdater(), (net, ctx, flow)
