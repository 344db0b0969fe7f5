# case: a detection post-processing step that calls scores.asnumpy() and uses a NumPy max to pick a Python float threshold inside construct; expected error in STRICT and interpreter fallback in LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreFilter(nn.Cell):
    def __init__(self, hidden=8, num_classes=4, rel_thresh=0.5):
        super().__init__()
        self.cls = nn.Dense(hidden, num_classes)
        self.rel_thresh = rel_thresh

    def construct(self, features):
        scores = ops.sigmoid(self.cls(features))
        best = float(np.max(scores.asnumpy()))
        threshold = best * self.rel_thresh
        keep = (scores >= threshold).astype(scores.dtype)
        return scores * keep


def make():
    f = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ScoreFilter(), (f,)


if __name__ == "__main__":
    net, args = make()
    out = net(*args)
    print(out.shape)
