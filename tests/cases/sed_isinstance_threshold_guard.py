# case: decision head accepting either a global float threshold or a per-class tuple, resolved with isinstance in construct -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiLabelDecision(nn.Cell):
    def __init__(self, n_classes=4, threshold=0.5):
        super().__init__()
        self.n_classes = n_classes
        self.threshold = threshold

    def thresholds(self):
        if isinstance(self.threshold, float):
            return ops.fill(ms.float32, (self.n_classes,), self.threshold)
        return Tensor(self.threshold, ms.float32)

    def construct(self, clip_probs):
        thr = self.thresholds()
        return (clip_probs >= thr).astype(ms.float32)


class TwoHeads(nn.Cell):
    def __init__(self):
        super().__init__()
        self.global_thr = MultiLabelDecision(4, 0.5)
        self.class_thr = MultiLabelDecision(4, (0.3, 0.5, 0.7, 0.4))

    def construct(self, clip_probs):
        return self.global_thr(clip_probs), self.class_thr(clip_probs)


def make():
    np.random.seed(35)
    probs = Tensor(np.random.rand(3, 4).astype(np.float32))
    return TwoHeads(), (probs,)
