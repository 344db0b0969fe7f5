# case: GAT-style edge softmax over incoming edges via unsorted_segment_max/sum with num_nodes from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeSoftmaxAttention(nn.Cell):
    """Single-head graph attention on an edge list (src -> dst)."""

    def __init__(self, in_dim=6, out_dim=4, negative_slope=0.2):
        super().__init__()
        self.proj = nn.Dense(in_dim, out_dim, has_bias=False)
        self.att_src = ms.Parameter(Tensor(np.full((out_dim,), 0.1, np.float32)), name="att_src")
        self.att_dst = ms.Parameter(Tensor(np.full((out_dim,), -0.1, np.float32)), name="att_dst")
        self.leaky = nn.LeakyReLU(negative_slope)

    def segment_softmax(self, scores, dst, num_nodes):
        smax = ops.unsorted_segment_max(scores, dst, num_nodes)
        ex = ops.exp(scores - ops.gather(smax, dst, 0))
        denom = ops.unsorted_segment_sum(ex, dst, num_nodes)
        return ex / (ops.gather(denom, dst, 0) + 1e-9)

    def construct(self, x, src, dst):
        num_nodes = x.shape[0]
        h = self.proj(x)
        hs, hd = ops.gather(h, src, 0), ops.gather(h, dst, 0)
        scores = self.leaky((hs * self.att_src).sum(-1) + (hd * self.att_dst).sum(-1))
        alpha = self.segment_softmax(scores, dst, num_nodes)
        return ops.unsorted_segment_sum(hs * alpha.view(-1, 1), dst, num_nodes)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    src = Tensor(np.array([0, 1, 2, 3, 4, 0, 2], dtype=np.int32))
    dst = Tensor(np.array([1, 2, 3, 4, 0, 2, 0], dtype=np.int32))
    return EdgeSoftmaxAttention(), (x, src, dst)
