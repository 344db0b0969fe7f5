# case: number of distinct body parts present in a parsing map from ops.unique, used to normalise a part-area loss -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartAreaLoss(nn.Cell):
    def __init__(self, num_parts=8):
        super().__init__()
        self.num_parts = num_parts

    def construct(self, pred_logits, parsing):
        labels, _ = ops.unique(parsing.reshape(-1))
        present = labels.shape[0]
        onehot = ops.one_hot(parsing, self.num_parts, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        onehot = onehot.transpose(2, 0, 1)
        prob = ops.softmax(pred_logits, axis=0)
        area_err = (prob.sum(axis=(1, 2)) - onehot.sum(axis=(1, 2))).abs()
        return area_err.sum() / present


def make():
    np.random.seed(2)
    logits = Tensor(np.random.randn(8, 10, 10).astype(np.float32))
    parsing = Tensor(np.random.randint(0, 5, size=(10, 10)).astype(np.int32))
    return PartAreaLoss(), (logits, parsing)
