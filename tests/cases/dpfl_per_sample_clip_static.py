# case: per-sample gradient clipping by L2 norm then averaging over the batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerSampleClipper(nn.Cell):
    """DP-SGD style clipping of per-example gradients of shape (batch, dim)."""

    def __init__(self, max_grad_norm=1.0, eps=1e-6):
        super().__init__()
        self.max_grad_norm = max_grad_norm
        self.eps = eps

    def _per_sample_norm(self, grads):
        sq = ops.sum(grads * grads, dim=1, keepdim=True)
        return ops.sqrt(sq + self.eps)

    def construct(self, per_sample_grads):
        norms = self._per_sample_norm(per_sample_grads)
        factor = ops.minimum(self.max_grad_norm / norms, ops.ones_like(norms))
        clipped = per_sample_grads * factor
        batch = per_sample_grads.shape[0]
        return clipped.sum(axis=0) / batch, norms.squeeze(1)


def make():
    np.random.seed(1)
    g = Tensor((np.random.randn(6, 10) * 3).astype(np.float32))
    return PerSampleClipper(max_grad_norm=1.5), (g,)
