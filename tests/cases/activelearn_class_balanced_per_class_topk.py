# case: class-balanced acquisition picks a fixed number of most-uncertain samples per predicted class with a constant loop over classes and masked scores -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalancedAcquirer(nn.Cell):
    def __init__(self, num_classes=4, per_class=2):
        super().__init__()
        self.num_classes = num_classes
        self.per_class = per_class
        self.neg_inf = Tensor(-1e9, ms.float32)

    def entropy(self, probs):
        return -(probs * ops.log(probs + 1e-8)).sum(axis=-1)

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        ent = self.entropy(probs)
        pred = probs.argmax(axis=-1)
        chosen = []
        for c in range(self.num_classes):
            masked = ops.select(pred == c, ent, ops.broadcast_to(self.neg_inf, ent.shape))
            _, idx = ops.topk(masked, self.per_class)
            chosen.append(idx)
        return ops.concat(chosen, axis=0)


def make():
    np.random.seed(11)
    logits = Tensor(np.random.randn(30, 4).astype(np.float32))
    return ClassBalancedAcquirer(), (logits,)
