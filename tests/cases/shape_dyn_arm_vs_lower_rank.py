# case: if no object survives the score threshold return an empty relation tensor, else the pair scores of the survivors -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationProposer(nn.Cell):
    def __init__(self, obj_thresh=0.4, num_predicates=4):
        super().__init__()
        self.obj_thresh = obj_thresh
        self.num_predicates = num_predicates

    def construct(self, obj_scores, pred_logits):
        keep = obj_scores > self.obj_thresh
        if keep.sum() == 0:
            rel = ops.zeros((self.num_predicates,), ms.float32)
        else:
            kept = ops.masked_select(obj_scores, keep)
            pair = kept[:, None] * kept[None, :]
            rel = pair.reshape(-1, 1) * ops.softmax(pred_logits.mean(0), axis=-1)
        return rel


def make():
    np.random.seed(8)
    scores = Tensor(np.random.rand(7).astype(np.float32))
    logits = Tensor(np.random.randn(5, 4).astype(np.float32))
    return RelationProposer(), (scores, logits)
