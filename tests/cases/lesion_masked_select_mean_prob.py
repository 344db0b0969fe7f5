# case: mean lesion probability over pixels above threshold via masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionConfidence(nn.Cell):
    """Average predicted probability inside the thresholded lesion."""

    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.sigmoid = nn.Sigmoid()

    def construct(self, logits):
        probs = self.sigmoid(logits)
        mask = probs > self.threshold
        lesion_probs = ops.masked_select(probs, mask)
        count = lesion_probs.shape[0]
        mean_conf = lesion_probs.sum() / (count + 1e-6)
        return mean_conf, probs


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(2, 1, 16, 16).astype(np.float32))
    return LesionConfidence(threshold=0.6), (logits,)
