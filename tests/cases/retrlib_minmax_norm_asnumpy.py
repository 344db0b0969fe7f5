# case: reranker min-max score normalisation helper computes per-query min/max through .asnumpy() and NumPy inside construct -> expected error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RerankConfig:
    hidden_size = 16
    score_norm = "minmax"
    eps = 1e-6


def _minmax(scores, eps):
    arr = scores.asnumpy()
    lo = np.min(arr, axis=-1, keepdims=True)
    hi = np.max(arr, axis=-1, keepdims=True)
    return Tensor((arr - lo) / (hi - lo + eps))


class CrossScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.SequentialCell(
            nn.Dense(2 * config.hidden_size, config.hidden_size), nn.ReLU(), nn.Dense(config.hidden_size, 1))
        self.score_norm = getattr(config, "score_norm", None)
        self.eps = config.eps

    def construct(self, query, candidates):
        q = ops.broadcast_to(query.expand_dims(1), candidates.shape)
        scores = self.head(ops.concat((q, candidates), axis=-1)).squeeze(-1)
        if self.score_norm == "minmax":
            scores = _minmax(scores, self.eps)
        return scores


def make():
    np.random.seed(10)
    q = Tensor(np.random.randn(2, 16).astype(np.float32))
    c = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return CrossScorer(RerankConfig()), (q, c)
