# case: jitted review-queue builder takes the top-k riskiest transactions where k is the number of rule hits counted from the batch -> graph mode rejects the data-dependent k or makes it dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REVIEW_CAP = 8
MIN_REVIEW = 1


def _review_budget(rule_hits):
    budget = int(rule_hits.sum())
    return max(MIN_REVIEW, min(budget, REVIEW_CAP))


def _blend(model_scores, rule_hits, rule_weight=0.3):
    return (1.0 - rule_weight) * model_scores + rule_weight * rule_hits.astype(ms.float32)


@ms.jit
def build_review_queue(model_scores, rule_hits):
    scores = _blend(model_scores, rule_hits)
    k = _review_budget(rule_hits)
    vals, idx = ops.topk(scores, k)
    return vals, idx


def make():
    np.random.seed(3756)
    scores = np.random.rand(32).astype(np.float32)
    hits = np.zeros(32, np.int32)
    hits[[2, 7, 11, 19, 30]] = 1
    return build_review_queue, (Tensor(scores), Tensor(hits))
