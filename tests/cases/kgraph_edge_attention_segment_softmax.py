# case: KGAT-style relation-aware edge attention with segment max/sum softmax over a fixed node count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def segment_softmax(logits, seg, num_segments):
    seg_max = ops.unsorted_segment_max(logits, seg, num_segments)
    shifted = ops.exp(logits - ops.gather(seg_max, seg, 0))
    denom = ops.unsorted_segment_sum(shifted, seg, num_segments)
    return shifted / (ops.gather(denom, seg, 0) + 1e-12)


class RelationAttention(nn.Cell):
    def __init__(self, num_nodes=12, num_relations=4, dim=8, leaky=0.2):
        super().__init__()
        self.num_nodes = num_nodes
        self.rel = nn.Embedding(num_relations, dim)
        self.w = nn.Dense(dim, dim, has_bias=False)
        self.act = nn.LeakyReLU(leaky)
        self.out = nn.Dense(2 * dim, dim)

    def construct(self, x, edge_index, edge_type):
        src, dst = edge_index[0], edge_index[1]
        hs = self.w(ops.gather(x, src, 0))
        hd = self.w(ops.gather(x, dst, 0))
        r = self.rel(edge_type)
        logits = self.act((hd * ops.tanh(hs + r)).sum(-1, keepdims=True))
        alpha = segment_softmax(logits, dst, self.num_nodes)
        agg = ops.unsorted_segment_sum(alpha * hs, dst, self.num_nodes)
        return ops.relu(self.out(ops.concat((x, agg), axis=-1)))


def make():
    np.random.seed(33)
    x = np.random.randn(12, 8).astype(np.float32)
    edges = np.random.randint(0, 12, (2, 30)).astype(np.int32)
    etype = np.random.randint(0, 4, 30).astype(np.int32)
    return RelationAttention(), (Tensor(x), Tensor(edges), Tensor(etype))
