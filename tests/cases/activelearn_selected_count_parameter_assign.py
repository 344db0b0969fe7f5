# case: acquisition Cell tracks the running number of selected samples in a non-trainable Parameter updated with ops.assign_add -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ThresholdAcquirer(nn.Cell):
    def __init__(self, threshold=0.8):
        super().__init__()
        self.threshold = threshold
        self.num_selected = Parameter(Tensor(0.0, ms.float32), name="num_selected",
                                      requires_grad=False)

    def entropy(self, probs):
        return -(probs * ops.log(probs + 1e-8)).sum(axis=-1)

    def construct(self, probs):
        ent = self.entropy(probs)
        chosen = (ent > self.threshold).astype(ms.float32)
        ops.assign_add(self.num_selected, chosen.sum())
        return chosen * ent, self.num_selected


def make():
    np.random.seed(14)
    logits = np.random.randn(10, 4).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return ThresholdAcquirer(), (Tensor(probs),)
