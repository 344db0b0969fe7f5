# case: wraps selection of confident indices (nonzero) in try/except and falls back to argmax when nothing qualifies -> try statement and dynamic-shape nonzero, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeConfidentPicker(nn.Cell):
    def __init__(self, threshold=0.9):
        super().__init__()
        self.threshold = threshold

    def confident_indices(self, conf):
        idx = ops.nonzero(conf > self.threshold).reshape(-1)
        if idx.shape[0] == 0:
            raise ValueError("no confident samples")
        return idx

    def construct(self, probs):
        conf = probs.max(axis=-1)
        try:
            idx = self.confident_indices(conf)
        except ValueError:
            idx = ops.argmax(conf).reshape(1)
        return ops.gather(probs.argmax(axis=-1), idx, 0)


def make():
    np.random.seed(20)
    logits = np.random.randn(10, 3).astype(np.float32) * 2.5
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return SafeConfidentPicker(threshold=0.8), (Tensor(probs),)
