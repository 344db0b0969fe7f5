# case: ViT token pruning keeps a fixed ratio of tokens computed from x.shape with topk and gather_elements -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentiveTokenPruner(nn.Cell):
    """Keep the tokens that receive the most attention from the CLS token."""

    def __init__(self, dim=16, keep_ratio=0.5):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.keep_ratio = keep_ratio
        self.scale = dim ** -0.5

    def construct(self, tokens):
        b, n, c = tokens.shape
        cls_tok = tokens[:, :1]
        patches = tokens[:, 1:]
        attn = ops.bmm(self.q(cls_tok), self.k(patches).transpose(0, 2, 1)) * self.scale
        attn = ops.softmax(attn, axis=-1).squeeze(1)
        num_keep = max(1, int((n - 1) * self.keep_ratio))
        _, idx = ops.topk(attn, num_keep, dim=1)
        idx = idx.expand_dims(-1).broadcast_to((b, num_keep, c))
        kept = ops.gather_elements(patches, 1, idx)
        return ops.concat((cls_tok, kept), axis=1)


def make():
    np.random.seed(3)
    tokens = Tensor(np.random.randn(2, 17, 16).astype(np.float32))
    return AttentiveTokenPruner(), (tokens,)
