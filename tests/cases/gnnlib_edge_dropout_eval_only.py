# case: GAT layer whose training-only edge dropout uses masked_select, called in eval mode so the branch is never taken -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_SLOPE = 0.2


class GATConfig:
    hidden = 16
    attn_edge_dropout = 0.1
    concat_heads = False


class GATConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.p = getattr(config, "attn_edge_dropout", 0.0)
        self.lin = nn.Dense(config.hidden, config.hidden, has_bias=False)
        self.att_src = ms.Parameter(Tensor(np.random.randn(config.hidden).astype(np.float32)))
        self.att_dst = ms.Parameter(Tensor(np.random.randn(config.hidden).astype(np.float32)))
        self.leaky = nn.LeakyReLU(NEG_SLOPE)

    def _drop(self, src, dst):
        keep = ops.rand(src.shape) > self.p
        return ops.masked_select(src, keep), ops.masked_select(dst, keep)

    def edge_softmax(self, score, dst, n):
        score_max = ops.unsorted_segment_max(score, dst, n)
        ex = ops.exp(score - ops.gather(score_max, dst, 0))
        denom = ops.unsorted_segment_sum(ex, dst, n)
        return ex / ops.gather(denom, dst, 0)

    def construct(self, x, edge_index):
        src, dst = edge_index[0], edge_index[1]
        if self.training and self.p > 0:
            src, dst = self._drop(src, dst)
        h = self.lin(x)
        n = h.shape[0]
        score = self.leaky((h * self.att_src).sum(-1)[src] + (h * self.att_dst).sum(-1)[dst])
        alpha = self.edge_softmax(score, dst, n)
        return ops.unsorted_segment_sum(h[src] * alpha[:, None], dst, n)


def make():
    np.random.seed(3434)
    n, e = 12, 32
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    net = GATConv(GATConfig())
    net.set_train(False)
    return net, (x, ei)
