# case: beam reranker counts distinct reaction classes among the beam with a Python set of int(class_id) and divides scores by that count -> set built from tensor values in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiversityReranker(nn.Cell):
    def __init__(self, beam=5, n_classes=10, weight=0.3):
        super().__init__()
        self.beam = beam
        self.class_head = nn.Dense(8, n_classes)
        self.weight = weight

    def predict_classes(self, cand_h):
        return ops.argmax(self.class_head(cand_h), dim=-1)

    def construct(self, cand_h, cand_scores):
        classes = self.predict_classes(cand_h)
        seen = set()
        for b in range(self.beam):
            seen.add(int(classes[b]))
        diversity = len(seen) / self.beam
        return cand_scores + self.weight * diversity, classes


def make():
    np.random.seed(33)
    cand_h = Tensor(np.random.randn(5, 8).astype(np.float32))
    scores = Tensor(np.sort(np.random.randn(5).astype(np.float32))[::-1].copy())
    return DiversityReranker(), (cand_h, scores)
