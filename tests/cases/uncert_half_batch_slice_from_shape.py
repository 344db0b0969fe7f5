# case: split-conformal helper uses the first half of the batch for calibration and the second half for prediction sets, slicing with x.shape[0] // 2 -> slice bound from static shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SplitConformal(nn.Cell):
    def __init__(self, alpha=0.1):
        super().__init__()
        self.alpha = alpha

    def construct(self, probs, labels):
        n = probs.shape[0]
        half = n // 2
        cal_probs, test_probs = probs[:half], probs[half:]
        cal_labels = labels[:half]
        onehot = ops.one_hot(cal_labels, probs.shape[1], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        scores = 1.0 - (cal_probs * onehot).sum(axis=-1)
        sorted_scores, _ = ops.sort(scores)
        q_index = min(int(np.ceil((half + 1) * (1 - self.alpha))) - 1, half - 1)
        qhat = sorted_scores[q_index]
        pred_sets = (1.0 - test_probs) <= qhat
        return pred_sets, qhat


def make():
    np.random.seed(0)
    cp = SplitConformal()
    raw = np.random.rand(14, 4).astype(np.float32) ** 2
    probs = Tensor(raw / raw.sum(axis=1, keepdims=True))
    labels = Tensor(np.random.randint(0, 4, size=(14,)).astype(np.int32))
    return cp, (probs, labels)
