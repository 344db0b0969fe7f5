# case: ads auction selects winners with topk where k is the number of ad slots passed in as a tensor per request -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotAllocator(nn.Cell):
    def __init__(self, feat_dim=4, second_price=True):
        super().__init__()
        self.second_price = second_price
        self.pctr = nn.Dense(feat_dim, 1)

    def _prices(self, win_ecpm, ecpm_sorted_next, win_ctr):
        if self.second_price:
            return ecpm_sorted_next / ops.maximum(win_ctr, 1e-6) / 1000.0
        return win_ecpm / ops.maximum(win_ctr, 1e-6) / 1000.0

    def construct(self, ad_feats, bids, num_slots):
        ctr = ops.sigmoid(self.pctr(ad_feats)).squeeze(-1)
        ecpm = ctr * bids * 1000.0
        win_ecpm, win_idx = ops.topk(ecpm, num_slots)
        sorted_all, _ = ops.sort(ecpm, descending=True)
        next_ecpm = sorted_all[1:num_slots + 1]
        win_ctr = ops.gather(ctr, win_idx, 0)
        return win_idx, self._prices(win_ecpm, next_ecpm, win_ctr)


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(8, 4).astype(np.float32))
    bids = Tensor(np.random.rand(8).astype(np.float32) + 0.1)
    return SlotAllocator(), (feats, bids, Tensor(3, ms.int32))
