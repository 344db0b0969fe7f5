# case: GEM-style projection collects the episodic-memory gradients that conflict with the current gradient via ops.nonzero and gathers them -> number of violated constraints is data-dependent, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GEMConfig:
    def __init__(self, margin=0.0, eps=1e-8):
        self.margin = margin
        self.eps = eps


class GEMProjector(nn.Cell):
    def __init__(self, config, memory_grads=None, num_tasks=6, dim=20):
        super().__init__()
        self.margin = config.margin
        self.eps = config.eps
        if memory_grads is None:
            memory_grads = np.random.randn(num_tasks, dim).astype(np.float32)
        self.memory_grads = Parameter(Tensor(memory_grads), name="memory_grads", requires_grad=False)

    def _violated(self, grad):
        dots = ops.matmul(self.memory_grads, grad)
        idx = ops.nonzero(dots < -self.margin).reshape(-1)
        return ops.gather(self.memory_grads, idx, 0)

    def construct(self, grad):
        violated = self._violated(grad)                         # (k, D)
        coef = ops.matmul(violated, grad) / ((violated * violated).sum(-1) + self.eps)
        return grad - ops.matmul(coef, violated)


def make():
    np.random.seed(13)
    proj = GEMProjector(GEMConfig())
    grad = Tensor(np.random.randn(20).astype(np.float32))
    return proj, (grad,)
