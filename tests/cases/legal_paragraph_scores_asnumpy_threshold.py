# case: score paragraphs for relevance and pick the threshold with NumPy percentile after .asnumpy() inside construct -> host round trip in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelevanceFilter(nn.Cell):
    def __init__(self, hidden=12, percentile=75):
        super().__init__()
        self.scorer = nn.Dense(hidden, 1)
        self.percentile = percentile

    def construct(self, para_emb):
        scores = self.scorer(para_emb).squeeze(-1)
        cutoff = np.percentile(scores.asnumpy(), self.percentile)
        keep = (scores >= Tensor(cutoff, ms.float32)).astype(ms.float32)
        return para_emb * keep.expand_dims(-1)


def make():
    np.random.seed(16)
    para_emb = Tensor(np.random.randn(9, 12).astype(np.float32))
    return RelevanceFilter(), (para_emb,)
