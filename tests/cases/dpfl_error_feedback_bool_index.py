# case: error-feedback compression sends entries above a threshold using boolean-mask indexing -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ThresholdErrorFeedback(nn.Cell):
    def __init__(self, dim=12, threshold=0.8):
        super().__init__()
        self.threshold = threshold
        self.residual = Parameter(Tensor(np.zeros(dim, np.float32)), name="residual",
                                  requires_grad=False)

    def _accumulate(self, grad):
        return grad + self.residual

    def _update_residual(self, acc, send_mask):
        keep = ops.select(send_mask, ops.zeros_like(acc), acc)
        ops.assign(self.residual, keep)

    def construct(self, grad):
        acc = self._accumulate(grad)
        send_mask = ops.abs(acc) > self.threshold
        sent_values = acc[send_mask]
        self._update_residual(acc, send_mask)
        return sent_values


def make():
    np.random.seed(8)
    g = Tensor(np.random.randn(12).astype(np.float32))
    return ThresholdErrorFeedback(), (g,)
