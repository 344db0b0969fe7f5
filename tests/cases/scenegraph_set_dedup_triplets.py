# case: deduplicate predicted (subject, predicate, object) triplets with a Python set of tuples of tensor items -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripletDeduplicator(nn.Cell):
    def __init__(self, max_triplets=6):
        super().__init__()
        self.max_triplets = max_triplets

    def construct(self, subj_labels, pred_labels, obj_labels, scores):
        order = ops.argsort(scores, descending=True)
        seen = set()
        kept = []
        for i in range(self.max_triplets):
            r = order[i]
            key = (int(subj_labels[r]), int(pred_labels[r]), int(obj_labels[r]))
            if key not in seen:
                seen.add(key)
                kept.append(scores[r])
        return ops.stack(kept)


def make():
    np.random.seed(18)
    s = Tensor(np.random.randint(1, 3, size=8).astype(np.int32))
    p = Tensor(np.random.randint(1, 3, size=8).astype(np.int32))
    o = Tensor(np.random.randint(1, 3, size=8).astype(np.int32))
    sc = Tensor(np.random.rand(8).astype(np.float32))
    return TripletDeduplicator(), (s, p, o, sc)
