# case: jit function scoring relations then keeping the scores of non-background predicates with masked_select -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def filter_relations(rel_logits, subj_scores, obj_scores):
    probs = ops.softmax(rel_logits, axis=-1)
    pred_score = probs[:, 1:].max(axis=1)
    pred_label = probs[:, 1:].argmax(axis=1) + 1
    triplet_score = pred_score * subj_scores * obj_scores
    keep = triplet_score > 0.05
    return ops.masked_select(triplet_score, keep), ops.masked_select(pred_label, keep)


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(10, 6).astype(np.float32))
    s = Tensor(np.random.rand(10).astype(np.float32))
    o = Tensor(np.random.rand(10).astype(np.float32))
    return filter_relations, (logits, s, o)
