# case: multi-keyword head builds a dict of per-keyword scores keyed by f-strings (f"kw_{name}") inside construct and returns the dict's values as a tuple -> f-string and dict built in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KEYWORD_NAMES = ("yes", "no", "up", "down")


class MultiKeywordHead(nn.Cell):
    def __init__(self, in_dim=32, keywords=KEYWORD_NAMES, add_filler=True):
        super().__init__()
        self.keywords = keywords
        self.add_filler = add_filler
        n_out = len(keywords) + (1 if add_filler else 0)
        self.dense = nn.Dense(in_dim, n_out)

    def _scores(self, emb):
        post = ops.softmax(self.dense(emb), axis=-1)
        return post[:, 1:] if self.add_filler else post

    def construct(self, emb):
        post = self._scores(emb)
        scores = {}
        for i, name in enumerate(self.keywords):
            scores[f"kw_{name}"] = post[:, i]
        return tuple(scores.values())


def make():
    np.random.seed(38316)
    emb = Tensor(np.random.randn(3, 32).astype(np.float32))
    return MultiKeywordHead(), (emb,)
