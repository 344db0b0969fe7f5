# case: ECE via bin ids from floor(conf * n_bins) and a one-hot bin-membership matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bin_membership(conf, n_bins):
    ids = ops.floor(conf * n_bins).astype(ms.int32)
    ids = ops.clip(ids, 0, n_bins - 1)
    return ops.one_hot(ids, n_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))


class ExpectedCalibrationError(nn.Cell):
    def __init__(self, n_bins=10, from_logits=True):
        super().__init__()
        self.n_bins = n_bins
        self.from_logits = from_logits

    def construct(self, scores, labels):
        probs = ops.softmax(scores, axis=-1) if self.from_logits else scores
        conf = probs.max(axis=-1)
        pred = probs.argmax(axis=-1).astype(ms.int32)
        correct = (pred == labels).astype(ms.float32)
        member = bin_membership(conf, self.n_bins)
        counts = member.sum(0)
        conf_sum = ops.matmul(conf.expand_dims(0), member).squeeze(0)
        acc_sum = ops.matmul(correct.expand_dims(0), member).squeeze(0)
        safe = ops.maximum(counts, 1.0)
        gaps = ops.abs(conf_sum / safe - acc_sum / safe)
        return (gaps * counts).sum() / scores.shape[0], counts


def make():
    np.random.seed(35)
    scores = Tensor(np.random.randn(40, 4).astype(np.float32) * 2)
    labels = Tensor(np.random.randint(0, 4, size=(40,)).astype(np.int32))
    return ExpectedCalibrationError(), (scores, labels)
