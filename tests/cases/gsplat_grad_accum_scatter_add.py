# case: accumulates view-space gradient norms into per-gaussian statistics for visible splats using tensor_scatter_elements add over full index vector -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GradStats(nn.Cell):
    def __init__(self, num_points=20):
        super().__init__()
        self.grad_accum = Parameter(Tensor(np.zeros((num_points,), np.float32)), requires_grad=False)
        self.denom = Parameter(Tensor(np.zeros((num_points,), np.float32)), requires_grad=False)

    def construct(self, point_ids, grad2d, radii):
        visible = (radii > 0).astype(ms.float32)
        gnorm = ops.norm(grad2d, dim=-1) * visible
        acc = ops.tensor_scatter_elements(self.grad_accum, point_ids, gnorm, axis=0, reduction="add")
        den = ops.tensor_scatter_elements(self.denom, point_ids, visible, axis=0, reduction="add")
        ops.assign(self.grad_accum, acc)
        ops.assign(self.denom, den)
        return acc / ops.clamp(den, min=1.0)


def make():
    np.random.seed(37)
    ids = Tensor(np.random.permutation(20)[:15].astype(np.int32))
    grad2d = Tensor(np.random.randn(15, 2).astype(np.float32) * 1e-3)
    radii = Tensor(np.random.randint(0, 4, (15,)).astype(np.int32))
    return GradStats(), (ids, grad2d, radii)
