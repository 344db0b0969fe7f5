# case: invalid pairs (self pairs, background objects) set to a large negative logit with ops.where before softmax over predicates -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPairLogits(nn.Cell):
    def __init__(self, neg_value=-1e4):
        super().__init__()
        self.neg_value = neg_value

    def construct(self, pair_logits, obj_labels):
        n = obj_labels.shape[0]
        fg = obj_labels > 0
        valid = ops.logical_and(fg[:, None], fg[None, :])
        valid = ops.logical_and(valid, ops.logical_not(ops.eye(n, n, ms.bool_)))
        valid = ops.broadcast_to(valid[:, :, None], pair_logits.shape)
        masked = ops.where(valid, pair_logits, ops.full_like(pair_logits, self.neg_value))
        return ops.softmax(masked.reshape(n * n, -1), axis=-1)


def make():
    np.random.seed(34)
    logits = Tensor(np.random.randn(5, 5, 4).astype(np.float32))
    labels = Tensor(np.array([2, 0, 4, 1, 0], dtype=np.int32))
    return MaskedPairLogits(), (logits, labels)
