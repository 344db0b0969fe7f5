# case: sorts confidences and slices the sorted list with the count of confident samples (a tensor) -> slice bound from tensor value, error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentTopSlice(nn.Cell):
    """Keep the most confident pseudo-labels, as many as pass the threshold."""

    def __init__(self, threshold=0.55):
        super().__init__()
        self.threshold = threshold

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        conf = probs.max(axis=-1)
        n_conf = (conf > self.threshold).astype(ms.int32).sum()
        sorted_conf, order = ops.sort(conf, descending=True)
        chosen = order[:n_conf]
        chosen_labels = ops.gather(probs.argmax(axis=-1), chosen, 0)
        return sorted_conf[:n_conf], chosen_labels


def make():
    np.random.seed(5)
    logits = Tensor(np.random.randn(18, 3).astype(np.float32) * 2.0)
    return ConfidentTopSlice(), (logits,)
