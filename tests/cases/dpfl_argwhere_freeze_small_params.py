# case: parameter-selective update finds coordinates with large accumulated importance via argwhere and updates only those -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SelectiveUpdate(nn.Cell):
    """Updates only parameters whose accumulated squared gradient exceeds a threshold."""

    def __init__(self, shape=(4, 5), threshold=0.5, lr=0.1, decay=0.9):
        super().__init__()
        self.threshold = threshold
        self.lr = lr
        self.decay = decay
        self.importance = Parameter(Tensor(np.zeros(shape, np.float32)), name="importance",
                                    requires_grad=False)

    def construct(self, w, grad):
        imp = self.decay * self.importance + grad * grad
        ops.assign(self.importance, imp)
        coords = ops.argwhere(imp > self.threshold)
        vals = ops.gather_nd(grad, coords)
        new_vals = ops.gather_nd(w, coords) - self.lr * vals
        return ops.tensor_scatter_update(w, coords, new_vals)


def make():
    np.random.seed(27)
    w = Tensor(np.random.randn(4, 5).astype(np.float32))
    g = Tensor(np.random.randn(4, 5).astype(np.float32))
    return SelectiveUpdate(), (w, g)
