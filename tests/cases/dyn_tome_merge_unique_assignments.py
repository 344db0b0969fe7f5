# case: token merging assigns each source token to its most similar destination and averages merged groups using unique on the assignments -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cosine_similarity(a, b):
    a = a / ops.norm(a, dim=-1, keepdim=True)
    b = b / ops.norm(b, dim=-1, keepdim=True)
    return ops.matmul(a, b.T)


class TokenMerger(nn.Cell):
    """Bipartite soft matching (single image, tokens [N, C])."""

    def __init__(self, dim=16):
        super().__init__()
        self.metric = nn.Dense(dim, dim, has_bias=False)

    def construct(self, tokens):
        metric = self.metric(tokens)
        src, dst = metric[0::2], metric[1::2]
        src_tok, dst_tok = tokens[0::2], tokens[1::2]
        sim = cosine_similarity(src, dst)
        assign = sim.argmax(axis=-1).astype(ms.int32)
        targets, inverse = ops.unique(assign)
        num_groups = targets.shape[0]
        sums = ops.unsorted_segment_sum(src_tok, inverse, num_groups)
        counts = ops.unsorted_segment_sum(ops.ones((src_tok.shape[0], 1), ms.float32), inverse, num_groups)
        merged = (sums + dst_tok[targets]) / (counts + 1)
        return merged


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(8, 16).astype(np.float32))
    return TokenMerger(), (x,)
