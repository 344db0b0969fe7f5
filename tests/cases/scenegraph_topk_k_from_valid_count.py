# case: rank triplets and keep top-k where k = int(number of pairs with score above threshold) -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripletRanker(nn.Cell):
    def __init__(self, score_thresh=0.3):
        super().__init__()
        self.score_thresh = score_thresh

    def triplet_scores(self, subj_scores, obj_scores, pred_scores):
        return subj_scores * obj_scores * pred_scores

    def construct(self, subj_scores, obj_scores, pred_scores, pair_idx):
        trip = self.triplet_scores(subj_scores, obj_scores, pred_scores)
        k = int((trip > self.score_thresh).sum())
        top_scores, order = ops.topk(trip, k)
        top_pairs = ops.gather(pair_idx, order, 0)
        return top_scores, top_pairs


def make():
    np.random.seed(6)
    n = 12
    s = Tensor(np.random.rand(n).astype(np.float32) * 0.5 + 0.5)
    o = Tensor(np.random.rand(n).astype(np.float32) * 0.5 + 0.5)
    p = Tensor(np.random.rand(n).astype(np.float32))
    pairs = Tensor(np.random.randint(0, 5, size=(n, 2)).astype(np.int32))
    return TripletRanker(), (s, o, p, pairs)
