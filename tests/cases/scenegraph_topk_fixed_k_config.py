# case: rank triplets by subject*object*predicate score and keep a fixed top-k taken from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SGGTestConfig:
    def __init__(self, top_k=5, use_obj_scores=True):
        self.top_k = top_k
        self.use_obj_scores = use_obj_scores


class TripletRanking(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.top_k = cfg.top_k
        self.use_obj_scores = cfg.use_obj_scores

    def construct(self, rel_probs, subj_scores, obj_scores, rel_pairs):
        pred_scores = rel_probs[:, 1:].max(axis=1)
        pred_labels = rel_probs[:, 1:].argmax(axis=1) + 1
        trip = pred_scores
        if self.use_obj_scores:
            trip = trip * subj_scores * obj_scores
        top_scores, order = ops.topk(trip, self.top_k)
        return top_scores, ops.gather(rel_pairs, order, 0), ops.gather(pred_labels, order, 0)


def make():
    np.random.seed(33)
    probs = Tensor(np.random.dirichlet(np.ones(6), size=12).astype(np.float32))
    s = Tensor(np.random.rand(12).astype(np.float32))
    o = Tensor(np.random.rand(12).astype(np.float32))
    pairs = Tensor(np.random.randint(0, 6, size=(12, 2)).astype(np.int32))
    return TripletRanking(SGGTestConfig()), (probs, s, o, pairs)
