# case: DynamicViT-style token pruning keeps top-k patch tokens with k from keep ratio times x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenScorer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.proj = nn.Dense(dim, 1)

    def construct(self, tokens):
        return self.proj(self.norm(tokens)).squeeze(-1)


class TokenPruner(nn.Cell):
    def __init__(self, dim=16, keep_ratio=0.5):
        super().__init__()
        self.scorer = TokenScorer(dim)
        self.keep_ratio = keep_ratio

    def construct(self, x):
        cls_tok = x[:, :1]
        patches = x[:, 1:]
        num_patches = patches.shape[1]
        k = max(1, int(num_patches * self.keep_ratio))
        scores = self.scorer(patches)
        _, idx = ops.topk(scores, k)
        idx = ops.sort(idx.astype(ms.float32))[0].astype(ms.int32)
        gather_idx = idx.expand_dims(-1).broadcast_to((idx.shape[0], k, x.shape[-1]))
        kept = ops.gather_elements(patches, 1, gather_idx)
        return ops.cat((cls_tok, kept), axis=1)


class PrunedEncoder(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.pruner = TokenPruner(dim)
        self.mlp = nn.Dense(dim, dim)

    def construct(self, x):
        x = self.pruner(x)
        return x + self.mlp(x)


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    return PrunedEncoder(), (x,)
