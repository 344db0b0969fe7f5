# case: transformer-style protein encoder that pools residues with a padding mask derived from pad tokens and a tensor-valued if whose branches keep the same shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD = 0


class ResidueAttentionPool(nn.Cell):
    def __init__(self, n_residues=22, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_residues, dim)
        self.score = nn.Dense(dim, 1)

    def construct(self, tokens):
        h = self.embed(tokens)
        valid = tokens != PAD
        logits = self.score(h).squeeze(-1)
        logits = ops.where(valid, logits, ops.full(logits.shape, -1e9, dtype=logits.dtype))
        attn = ops.softmax(logits, axis=-1)
        pooled = (attn.expand_dims(-1) * h).sum(axis=1)
        if valid.astype(ms.float32).mean() < 0.5:
            pooled = pooled * 0.5
        else:
            pooled = pooled * 1.0
        return pooled


def make():
    np.random.seed(36)
    tokens = np.random.randint(1, 22, size=(3, 12)).astype(np.int32)
    tokens[1, 7:] = PAD
    tokens[2, 3:] = PAD
    return ResidueAttentionPool(), (Tensor(tokens),)
