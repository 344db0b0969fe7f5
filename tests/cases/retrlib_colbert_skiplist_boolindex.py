# case: ColBERT document encoder drops punctuation tokens through a skiplist helper that indexes embeddings with a boolean mask -> shape from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PUNCT_IDS = (1, 2, 3)


class ColbertDocConfig:
    vocab_size = 50
    hidden_size = 16
    dim = 8
    mask_punctuation = True


class ColbertDocEncoder(nn.Cell):
    def __init__(self, config, skiplist=None):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.linear = nn.Dense(config.hidden_size, config.dim, has_bias=False)
        self.mask_punctuation = config.mask_punctuation
        self.skiplist = PUNCT_IDS if skiplist is None else tuple(skiplist)

    def _keep_mask(self, ids):
        keep = ids != 0
        for tok in self.skiplist:
            keep = ops.logical_and(keep, ids != tok)
        return keep

    def _filter_skiplist(self, emb, ids):
        return emb[self._keep_mask(ids)]

    def construct(self, doc_ids, query_emb):
        emb = self.linear(self.embed(doc_ids))
        if self.mask_punctuation:
            tokens = self._filter_skiplist(emb[0], doc_ids[0])
        else:
            tokens = emb[0]
        sim = ops.matmul(query_emb, tokens.T)
        return sim.max(axis=-1).sum()


def make():
    np.random.seed(7)
    ids = Tensor(np.random.randint(0, 50, (1, 12)).astype(np.int32))
    q = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ColbertDocEncoder(ColbertDocConfig()), (ids, q)
