# case: training-time scheduled sampling where a tensor-valued coin picks ground truth or prediction inside an if on a tensor; both branches give the same shape -> control flow on tensor but shapes agree, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    horizon = 3
    hidden = 12
    teacher_forcing = 0.6


class HorizonDecoder(nn.Cell):
    def __init__(self, n_nodes, config):
        super().__init__()
        self.horizon = config.horizon
        self.tf = config.teacher_forcing
        self.cell = nn.GRUCell(n_nodes, config.hidden)
        self.out = nn.Dense(config.hidden, n_nodes)

    def _next_input(self, pred, truth, coin):
        if coin < self.tf:
            nxt = truth
        else:
            nxt = pred
        return nxt

    def construct(self, h, go, labels, coins):
        x = go
        preds = []
        for t in range(self.horizon):
            h = self.cell(x, h)
            y = self.out(h)
            preds.append(y)
            x = self._next_input(y, labels[t], coins[t]) if self.training else y
        return ops.stack(preds, axis=1)


def make():
    np.random.seed(3818)
    n, b = 5, 2
    net = HorizonDecoder(n, DecoderConfig())
    net.set_train(True)
    return net, (Tensor(np.zeros((b, 12), np.float32)), Tensor(np.zeros((b, n), np.float32)),
                 Tensor(np.random.randn(3, b, n).astype(np.float32)), Tensor(np.random.rand(3).astype(np.float32)))
