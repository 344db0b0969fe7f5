# case: multi-level order book imbalance and microprice with level weights fixed at init and a constant loop over levels -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiLevelImbalance(nn.Cell):
    def __init__(self, levels=5, decay=0.5):
        super().__init__()
        self.levels = levels
        self.level_w = Tensor(decay ** np.arange(levels), ms.float32)

    def microprice(self, bid_px, ask_px, bid_qty, ask_qty):
        return (bid_px[:, 0] * ask_qty[:, 0] + ask_px[:, 0] * bid_qty[:, 0]) / (bid_qty[:, 0] + ask_qty[:, 0])

    def construct(self, bid_px, ask_px, bid_qty, ask_qty):
        feats = ()
        for lv in range(self.levels):
            b = bid_qty[:, lv]
            a = ask_qty[:, lv]
            feats = feats + (((b - a) / (b + a)) * self.level_w[lv],)
        imb = ops.stack(feats, axis=1).sum(axis=1)
        return imb, self.microprice(bid_px, ask_px, bid_qty, ask_qty)


def make():
    np.random.seed(24)
    bid = (99.99 - 0.01 * np.arange(5))[None, :].repeat(7, 0).astype(np.float32)
    ask = (100.01 + 0.01 * np.arange(5))[None, :].repeat(7, 0).astype(np.float32)
    bq = np.random.randint(1, 100, size=(7, 5)).astype(np.float32)
    aq = np.random.randint(1, 100, size=(7, 5)).astype(np.float32)
    return MultiLevelImbalance(), (Tensor(bid), Tensor(ask), Tensor(bq), Tensor(aq))
