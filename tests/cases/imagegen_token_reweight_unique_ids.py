# case: token re-weighting finds the distinct emphasised token ids with ops.unique and builds a per-id boost table -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextEncoderStub(nn.Cell):
    def __init__(self, vocab=40, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.mix = nn.Dense(dim, dim)

    def construct(self, ids):
        return self.mix(self.embed(ids))


class EmphasisReweighter(nn.Cell):
    def __init__(self, boost=1.3):
        super().__init__()
        self.encoder = TextEncoderStub()
        self.boost = boost

    def _boost_table(self, emphasised_ids):
        uniq, _ = ops.unique(emphasised_ids)
        boosts = ops.ones(uniq.shape, ms.float32) * self.boost
        return uniq, boosts

    def construct(self, ids, emphasised_ids):
        emb = self.encoder(ids)
        uniq, boosts = self._boost_table(emphasised_ids)
        hit = ops.equal(ids.expand_dims(-1), uniq.reshape(1, 1, -1)).astype(ms.float32)
        scale = 1.0 + (hit * (boosts - 1.0)).sum(axis=-1)
        return emb * scale.expand_dims(-1)


def make():
    np.random.seed(9)
    ids = Tensor(np.random.randint(0, 40, (2, 7)).astype(np.int32))
    emph = Tensor(np.array([3, 11, 3, 17, 11], dtype=np.int32))
    return EmphasisReweighter(), (ids, emph)
