# case: retrieve the top passages for a query where k comes from a tensor of how many passages are relevant, converted with int() -> k derived from tensor data, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PassageRetriever(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.query_proj = nn.Dense(hidden, hidden)

    def construct(self, query, passages, num_relevant):
        q = self.query_proj(query)                       # (H,)
        scores = ops.matmul(passages, q)                 # (P,)
        k = int(num_relevant)
        top_scores, top_idx = ops.topk(scores, k)
        top_passages = ops.gather(passages, top_idx, 0)
        return top_scores, top_passages


def make():
    np.random.seed(8)
    query = Tensor(np.random.randn(16).astype(np.float32))
    passages = Tensor(np.random.randn(12, 16).astype(np.float32))
    num_relevant = Tensor(np.array(3, dtype=np.int32))
    return PassageRetriever(), (query, passages, num_relevant)
