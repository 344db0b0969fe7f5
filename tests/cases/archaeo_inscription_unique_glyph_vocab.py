# case: inscription recognizer takes argmax glyph ids per position and counts distinct glyphs with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlyphEncoder(nn.Cell):
    def __init__(self, patch_dim=49, hidden=24, n_glyphs=30):
        super().__init__()
        self.proj = nn.Dense(patch_dim, hidden)
        self.cls = nn.Dense(hidden, n_glyphs)
        self.act = nn.Tanh()

    def construct(self, patches):
        return self.cls(self.act(self.proj(patches)))


class InscriptionVocabulary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = GlyphEncoder()

    def construct(self, patches):
        logits = self.encoder(patches)
        glyph_ids = ops.argmax(logits, dim=-1).reshape(-1)
        distinct, inverse = ops.unique(glyph_ids)
        n_distinct = distinct.shape[0]
        return distinct, inverse, n_distinct


def make():
    np.random.seed(2)
    patches = Tensor(np.random.rand(2, 12, 49).astype(np.float32))
    return InscriptionVocabulary(), (patches,)
