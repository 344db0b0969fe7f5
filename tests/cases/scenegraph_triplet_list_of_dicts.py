# case: loop over top relations and build a Python list of dicts {subject, predicate, object, score} returned from construct -> error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripletDecoder(nn.Cell):
    def __init__(self, top_n=3):
        super().__init__()
        self.top_n = top_n

    def construct(self, rel_pairs, rel_scores, obj_labels):
        pred_score, pred_label = ops.max(rel_scores[:, 1:], axis=1)
        order = ops.argsort(pred_score, descending=True)
        triplets = []
        for i in range(self.top_n):
            r = order[i]
            triplets.append({
                "subject": obj_labels[rel_pairs[r, 0]],
                "predicate": pred_label[r] + 1,
                "object": obj_labels[rel_pairs[r, 1]],
                "score": pred_score[r],
            })
        return triplets


def make():
    np.random.seed(9)
    pairs = Tensor(np.random.randint(0, 5, size=(8, 2)).astype(np.int32))
    scores = Tensor(np.random.rand(8, 6).astype(np.float32))
    labels = Tensor(np.random.randint(1, 10, size=5).astype(np.int32))
    return TripletDecoder(), (pairs, scores, labels)
