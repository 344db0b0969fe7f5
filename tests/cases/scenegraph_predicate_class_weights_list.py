# case: class-balanced predicate loss whose weight vector is built in __init__ from a constant list of predicate names and counts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PREDICATES = ["__background__", "on", "has", "wearing", "of", "in", "near"]
PRED_COUNTS = [50000, 7100, 4200, 2800, 2500, 1900, 1200]


class BalancedPredicateLoss(nn.Cell):
    def __init__(self, beta=0.999):
        super().__init__()
        self.num_classes = len(PREDICATES)
        eff = [(1.0 - beta ** c) / (1.0 - beta) for c in PRED_COUNTS]
        w = np.array([1.0 / e for e in eff], dtype=np.float32)
        w = w / w.sum() * self.num_classes
        self.weights = Tensor(w)

    def construct(self, rel_logits, rel_labels):
        log_p = ops.log_softmax(rel_logits, axis=-1)
        onehot = ops.one_hot(rel_labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_rel = -(onehot * log_p).sum(-1)
        w = (onehot * self.weights[None, :]).sum(-1)
        return (w * per_rel).sum() / w.sum()


def make():
    np.random.seed(43)
    logits = Tensor(np.random.randn(14, 7).astype(np.float32))
    labels = Tensor(np.random.randint(0, 7, size=14).astype(np.int32))
    return BalancedPredicateLoss(), (logits, labels)
