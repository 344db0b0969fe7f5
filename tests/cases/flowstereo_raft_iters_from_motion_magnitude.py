# case: RAFT-style refinement whose iteration count is derived from the initial motion magnitude, predictions collected in a list -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpdateBlock(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.conv_h = nn.Conv2d(hidden + 2, hidden, 3, pad_mode='same')
        self.conv_f = nn.Conv2d(hidden, 2, 3, pad_mode='same')

    def construct(self, net, flow):
        net = ops.tanh(self.conv_h(ops.cat([net, flow], axis=1)))
        return net, self.conv_f(net)


class AdaptiveRAFT(nn.Cell):
    def __init__(self, hidden=8, min_iters=2, max_iters=6):
        super().__init__()
        self.update = UpdateBlock(hidden)
        self.min_iters = min_iters
        self.max_iters = max_iters

    def construct(self, net, flow_init):
        mag = ops.sqrt((flow_init ** 2).sum(axis=1)).mean()
        n_iters = ops.clamp(ops.ceil(mag), self.min_iters, self.max_iters)
        flow = flow_init
        preds = []
        for _ in range(int(n_iters)):
            net, delta = self.update(net, flow)
            flow = flow + delta
            preds.append(flow)
        return ops.stack(preds, axis=0)


def make():
    np.random.seed(2)
    net = Tensor(np.random.randn(1, 8, 6, 8).astype(np.float32))
    flow = Tensor((np.random.randn(1, 2, 6, 8) * 3).astype(np.float32))
    return AdaptiveRAFT(), (net, flow)
