# case: structured channel pruning keeps top-k output channels with k derived from weight.shape and a float ratio in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class L1ChannelSelector(nn.Cell):
    def __init__(self, keep_ratio=0.5):
        super().__init__()
        self.keep_ratio = keep_ratio

    def construct(self, w, feat):
        out_ch = w.shape[0]
        k = max(1, int(out_ch * self.keep_ratio))
        l1 = ops.reduce_sum(ops.abs(w.reshape(out_ch, -1)), 1)
        _, idx = ops.topk(l1, k)
        idx = ops.sort(idx.astype(ms.float32))[0].astype(ms.int32)
        return ops.gather(feat, idx, 1), ops.gather(w, idx, 0)


def make():
    np.random.seed(15)
    w = Tensor(np.random.randn(8, 4, 3, 3).astype(np.float32))
    feat = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return L1ChannelSelector(0.5), (w, feat)
