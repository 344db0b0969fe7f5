# case: vocabulary lookup falls back to an OOV bucket inside a try/except around the embedding call -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeVocabEmbedding(nn.Cell):
    """Embeds ids; ids beyond the vocab are clamped to a reserved OOV row."""

    def __init__(self, vocab_size=12, dim=4, oov_id=11, strict=False):
        super().__init__()
        self.vocab_size = vocab_size
        self.oov_id = oov_id
        self.strict = strict
        self.table = nn.Embedding(vocab_size, dim)

    def lookup(self, ids):
        in_vocab = ids < self.vocab_size
        safe_ids = ops.select(in_vocab, ids, ops.full_like(ids, self.oov_id))
        try:
            return self.table(safe_ids)
        except ValueError:
            return ops.zeros(ids.shape + (4,), ms.float32)

    def construct(self, ids):
        vecs = self.lookup(ids)
        return vecs.mean(axis=1)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 20, size=(3, 5)).astype(np.int32))
    return SafeVocabEmbedding(), (ids,)
