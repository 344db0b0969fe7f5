# case: structured pruning sorts channel L1 norms and slices the kept channels with a count computed from the mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ChannelPrunedConvHead(nn.Cell):
    def __init__(self, in_ch=4, out_ch=8, l1_floor=0.3):
        super().__init__()
        w = np.random.randn(out_ch, in_ch).astype(np.float32) * 0.2
        self.weight = Parameter(Tensor(w), name="weight")
        self.l1_floor = l1_floor

    def channel_scores(self):
        return ops.abs(self.weight).sum(axis=1)

    def construct(self, x):
        scores = self.channel_scores()
        n_keep = (scores > self.l1_floor).astype(ms.int32).sum()
        _, order = ops.sort(scores, descending=True)
        kept_idx = order[:n_keep]
        w_kept = ops.gather(self.weight, kept_idx, 0)
        return ops.matmul(x, w_kept.T)


def make():
    np.random.seed(5)
    net = ChannelPrunedConvHead()
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    return net, (x,)
