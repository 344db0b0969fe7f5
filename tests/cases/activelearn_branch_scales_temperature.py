# case: if the mean uncertainty (a tensor) is high, sharpen probabilities with a lower temperature, else keep them; both branches keep the same shape -> tensor-condition branch with matching shapes, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTemperature(nn.Cell):
    def __init__(self, high_uncertainty=1.0, sharp_temp=0.5):
        super().__init__()
        self.high_uncertainty = high_uncertainty
        self.sharp_temp = sharp_temp

    def entropy(self, probs):
        return -(probs * ops.log(probs + 1e-8)).sum(axis=-1)

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        ent = self.entropy(probs)
        if ent.mean() > self.high_uncertainty:
            probs = ops.softmax(logits / self.sharp_temp, axis=-1)
        else:
            probs = probs * 1.0
        return probs, self.entropy(probs)


def make():
    np.random.seed(17)
    logits = Tensor(np.random.randn(12, 5).astype(np.float32) * 0.3)
    return AdaptiveTemperature(), (logits,)
