# case: cosine scoring of a test embedding against a bank of enrolled speakers with ops.where to reject below-threshold matches -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EnrolledScorer(nn.Cell):
    def __init__(self, n_speakers=5, emb_dim=16, threshold=0.3):
        super().__init__()
        self.enrolled = Parameter(Tensor(np.random.randn(n_speakers, emb_dim).astype(np.float32)),
                                  name="enrolled", requires_grad=False)
        self.threshold = threshold

    @staticmethod
    def _l2norm(x):
        return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + 1e-10)

    def construct(self, test_emb):
        # test_emb: (N, D)
        q = self._l2norm(test_emb)
        e = self._l2norm(self.enrolled)
        scores = ops.matmul(q, e.T)
        best = scores.max(axis=-1)
        best_idx = ops.argmax(scores, dim=-1)
        unknown = ops.full_like(best_idx, -1)
        decision = ops.where(best > self.threshold, best_idx, unknown)
        return decision, scores


def make():
    np.random.seed(6)
    test = Tensor(np.random.randn(4, 16).astype(np.float32))
    return EnrolledScorer(), (test,)
