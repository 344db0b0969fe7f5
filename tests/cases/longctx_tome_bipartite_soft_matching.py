# case: ToMe bipartite soft matching that merges a fixed r source tokens into their most similar destination tokens with argsort, gather and segment sums sized from the shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BipartiteTokenMerge(nn.Cell):
    def __init__(self, r=2):
        super().__init__()
        self.r = r

    def similarity(self, a, b):
        a = a / ops.norm(a, dim=-1, keepdim=True)
        b = b / ops.norm(b, dim=-1, keepdim=True)
        return ops.matmul(a, b.T)

    def construct(self, x, metric):
        src, dst = x[0::2], x[1::2]
        scores = self.similarity(metric[0::2], metric[1::2])
        node_max, node_idx = ops.max(scores, axis=-1)
        edge_order = ops.argsort(node_max, descending=True)
        merge_src = edge_order[:self.r]
        unmerged_src = edge_order[self.r:]
        dst_idx = ops.gather(node_idx, merge_src, 0)
        n_dst = dst.shape[0]
        merged = ops.unsorted_segment_sum(ops.gather(src, merge_src, 0), dst_idx, n_dst)
        counts = ops.unsorted_segment_sum(ops.ones((self.r, 1), ms.float32), dst_idx, n_dst)
        dst = (dst + merged) / (counts + 1.0)
        return ops.concat((ops.gather(src, unmerged_src, 0), dst), axis=0)


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(8, 4).astype(np.float32))
    metric = Tensor(np.random.randn(8, 4).astype(np.float32))
    return BipartiteTokenMerge(), (x, metric)
