# case: builds a dict keyed by object id (read with .item() from a tensor) holding the best grasp score per object while looping over candidates -> dict with tensor-derived keys in construct is not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestPerObject(nn.Cell):
    def __init__(self, num_candidates=6):
        super().__init__()
        self.num_candidates = num_candidates

    def construct(self, object_ids, scores):
        best = {}
        for i in range(self.num_candidates):
            oid = object_ids[i].item()
            s = scores[i]
            if oid not in best:
                best[oid] = s
            else:
                best[oid] = ops.maximum(best[oid], s)
        return ops.stack(list(best.values()))


def make():
    np.random.seed(11)
    ids = Tensor(np.array([0, 1, 0, 2, 1, 2], np.int32))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    return BestPerObject(), (ids, scores)
