# case: regression head prints an f-string with the loss tensor when verbose is on -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from collections import namedtuple

HeadConfig = namedtuple("HeadConfig", ["in_dim", "out_dim", "verbose", "loss_weight"])
DEFAULT_HEAD = HeadConfig(in_dim=6, out_dim=1, verbose=True, loss_weight=0.5)


class RegressionHead(nn.Cell):
    def __init__(self, cfg=DEFAULT_HEAD):
        super().__init__()
        self.fc = nn.Dense(cfg.in_dim, cfg.out_dim)
        self.verbose = cfg.verbose
        self.loss_weight = cfg.loss_weight
        self.mse = nn.MSELoss()

    def _weighted(self, loss):
        return loss * self.loss_weight

    def construct(self, x, target):
        pred = self.fc(x).squeeze(-1)
        loss = self._weighted(self.mse(pred, target))
        if self.verbose:
            msg = f"regression loss={loss} pred_mean={pred.mean()}"
            print(msg)
        return loss


def make():
    np.random.seed(6)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    y = Tensor(np.random.randn(5).astype(np.float32))
    return RegressionHead(), (x, y)
