# case: parameter-selective update applies the step only where importance exceeds a threshold using a fixed-size where mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedSelectiveUpdate(nn.Cell):
    def __init__(self, shape=(4, 5), threshold=0.5, lr=0.1, decay=0.9):
        super().__init__()
        self.threshold = threshold
        self.lr = lr
        self.decay = decay
        self.importance = Parameter(Tensor(np.zeros(shape, np.float32)), name="importance",
                                    requires_grad=False)

    def _mask(self, imp):
        return imp > self.threshold

    def construct(self, w, grad):
        imp = self.decay * self.importance + grad * grad
        ops.assign(self.importance, imp)
        mask = self._mask(imp)
        stepped = w - self.lr * grad
        new_w = ops.where(mask, stepped, w)
        frac_updated = mask.astype(ms.float32).mean()
        return new_w, frac_updated


def make():
    np.random.seed(28)
    w = Tensor(np.random.randn(4, 5).astype(np.float32))
    g = Tensor(np.random.randn(4, 5).astype(np.float32))
    return MaskedSelectiveUpdate(), (w, g)
