# case: token classifier builds a keyword mask with np.isin on the input tensor inside construct -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeywordAwareTagger(nn.Cell):
    """Tags code tokens; language keywords get an extra learned bias."""

    def __init__(self, vocab_size=40, dim=16, num_tags=5, keyword_ids=(3, 4, 7, 11)):
        super().__init__()
        self.keyword_ids = np.array(keyword_ids, np.int32)
        self.embed = nn.Embedding(vocab_size, dim)
        self.keyword_bias = ms.Parameter(Tensor(np.zeros((1, 1, dim), np.float32)), name="keyword_bias")
        self.classifier = nn.Dense(dim, num_tags)

    def _keyword_mask(self, token_ids):
        mask = np.isin(token_ids, self.keyword_ids)
        return Tensor(mask.astype(np.float32))

    def construct(self, token_ids):
        h = self.embed(token_ids)
        kw = self._keyword_mask(token_ids).expand_dims(-1)
        h = h + kw * self.keyword_bias
        return self.classifier(h)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 40, size=(2, 8)).astype(np.int32))
    return KeywordAwareTagger(), (ids,)
