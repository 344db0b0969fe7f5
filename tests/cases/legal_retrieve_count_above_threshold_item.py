# case: retrieve as many top passages as score above a relevance threshold, counting them with .item() and passing the count to topk -> host scalar from tensor used as a size, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveRetriever(nn.Cell):
    def __init__(self, hidden=12, threshold=0.0, max_k=5):
        super().__init__()
        self.q_proj = nn.Dense(hidden, hidden)
        self.threshold = threshold
        self.max_k = max_k

    def choose_k(self, scores):
        n_hits = (scores > self.threshold).astype(ms.int32).sum().item()
        return max(1, min(n_hits, self.max_k))

    def construct(self, query, passages):
        scores = ops.matmul(passages, self.q_proj(query))
        k = self.choose_k(scores)
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, ops.gather(passages, top_idx, 0)


def make():
    np.random.seed(41)
    query = Tensor(np.random.randn(12).astype(np.float32))
    passages = Tensor(np.random.randn(9, 12).astype(np.float32))
    return AdaptiveRetriever(), (query, passages)
