# case: multi-head GAT with per-destination softmax via unsorted_segment_max/sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


def segment_softmax(scores, index, num_segments):
    smax = ops.unsorted_segment_max(scores, index, num_segments)
    e = ops.exp(scores - ops.gather(smax, index, 0))
    denom = ops.unsorted_segment_sum(e, index, num_segments)
    return e / (ops.gather(denom, index, 0) + 1e-16)


class GATConv(nn.Cell):
    def __init__(self, in_dim=8, out_dim=4, heads=2, negative_slope=0.2, concat=True):
        super().__init__()
        self.heads, self.out_dim, self.concat = heads, out_dim, concat
        self.lin = nn.Dense(in_dim, heads * out_dim, has_bias=False)
        self.att_src = Parameter(initializer(XavierUniform(), (1, heads, out_dim)), name="att_src")
        self.att_dst = Parameter(initializer(XavierUniform(), (1, heads, out_dim)), name="att_dst")
        self.leaky = nn.LeakyReLU(negative_slope)

    def construct(self, x, edge_index):
        n = x.shape[0]
        h = self.lin(x).reshape(n, self.heads, self.out_dim)
        a_src = (h * self.att_src).sum(-1)
        a_dst = (h * self.att_dst).sum(-1)
        src, dst = edge_index[0], edge_index[1]
        alpha = self.leaky(ops.gather(a_src, src, 0) + ops.gather(a_dst, dst, 0))
        alpha = segment_softmax(alpha, dst, n)
        out = ops.unsorted_segment_sum(ops.gather(h, src, 0) * alpha.expand_dims(-1), dst, n)
        if self.concat:
            return out.reshape(n, self.heads * self.out_dim)
        return out.mean(axis=1)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 32)).astype(np.int32))
    return GATConv(), (x, ei)
