# case: weight query terms by an IDF computed with math.log on a document-frequency tensor in a helper method -> math.log on a tensor inside construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IdfTermWeighter(nn.Cell):
    def __init__(self, num_docs=10000, dim=8):
        super().__init__()
        self.num_docs = num_docs
        self.proj = nn.Dense(dim, 1)

    def idf(self, doc_freq):
        return math.log(self.num_docs / (doc_freq + 1.0))

    def construct(self, term_vecs, doc_freqs):
        raw = self.proj(term_vecs).squeeze(-1)
        idf_weight = self.idf(doc_freqs[0])
        return ops.softmax(raw * idf_weight, axis=-1)


def make():
    np.random.seed(18)
    vecs = np.random.randn(5, 8).astype(np.float32)
    dfs = np.array([120.0, 40.0, 3000.0, 7.0, 900.0], dtype=np.float32)
    return IdfTermWeighter(), (Tensor(vecs), Tensor(dfs))
