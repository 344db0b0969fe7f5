# case: computes the maximum drawdown of an account balance series with ops.cummax and cumsum as a fraud feature (sudden emptying) -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrawdownFeature(nn.Cell):
    def construct(self, opening_balance, flows):
        balance = opening_balance.expand_dims(-1) + ops.cumsum(flows, axis=-1)
        peak, _ = ops.cummax(balance, axis=-1)
        drawdown = (peak - balance) / ops.clamp(peak, min=1.0)
        return drawdown.max(axis=-1)


class AccountTakeoverModel(nn.Cell):
    def __init__(self, feat_dim=3):
        super().__init__()
        self.drawdown = DrawdownFeature()
        self.head = nn.Dense(feat_dim + 1, 1)

    def construct(self, opening_balance, flows, static_feats):
        dd = self.drawdown(opening_balance, flows).expand_dims(-1)
        return ops.sigmoid(self.head(ops.concat((static_feats, dd), axis=-1)))


def make():
    np.random.seed(35)
    opening_balance = Tensor((np.random.rand(4) * 5000 + 1000).astype(np.float32))
    flows = Tensor((np.random.randn(4, 14) * 400).astype(np.float32))
    static_feats = Tensor(np.random.randn(4, 3).astype(np.float32))
    return AccountTakeoverModel(), (opening_balance, flows, static_feats)
